package io.pyrotorrent.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.disk.DiskUsage;
import io.pyrotorrent.domain.model.disk.TargetDisk;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class MetricsDiskTest {

    private static final TargetName SEEDBOX = TargetName.of("seedbox");
    private static final TargetName NAS = TargetName.of("nas");
    private static final TargetName REMOTE = TargetName.of("remote");

    @Test
    void eachSeenTarget_hasFreeTotalAndLowGauges_andAnUnseenOneNone() {
        var metrics = new Metrics();
        metrics.disks(() -> List.of(
                new TargetDisk(SEEDBOX, Optional.of(new DiskUsage(412_000, 1_000_000)), false),
                new TargetDisk(NAS, Optional.of(new DiskUsage(10, 1_000_000)), true),
                TargetDisk.unknown(REMOTE)));

        String text = metrics.scrape();

        assertThat(text)
                .contains("pyrotorrent_disk_free_bytes{target=\"seedbox\"} 412000.0")
                .contains("pyrotorrent_disk_total_bytes{target=\"seedbox\"} 1000000.0")
                .contains("pyrotorrent_disk_low{target=\"seedbox\"} 0.0")
                .contains("pyrotorrent_disk_low{target=\"nas\"} 1.0")
                .doesNotContain("target=\"remote\"");
    }

    @Test
    void eachScrape_readsTheSpaceAgain_andACallerSeesOnlyTheirTargets() {
        var metrics = new Metrics();
        var free = new AtomicReference<>(500L);
        metrics.disks(() -> List.of(
                new TargetDisk(SEEDBOX, Optional.of(new DiskUsage(free.get(), 1_000)), false),
                new TargetDisk(NAS, Optional.of(new DiskUsage(1, 1_000)), true)));
        metrics.scrape();

        free.set(400L);
        String text = metrics.scrape(target -> target.equals("seedbox"));

        assertThat(text)
                .contains("pyrotorrent_disk_free_bytes{target=\"seedbox\"} 400.0")
                .doesNotContain("target=\"nas\"");
    }
}
