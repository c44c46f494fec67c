package io.pyrotorrent.domain.disk;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestClock;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.disk.DiskUsage;
import io.pyrotorrent.domain.model.disk.LowSpaceWarning;
import io.pyrotorrent.domain.model.disk.TargetDisk;
import io.pyrotorrent.domain.model.files.StorageMapping;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.settings.Setting;
import io.pyrotorrent.domain.port.out.DiskSpace;
import io.pyrotorrent.domain.port.out.TorrentClient;
import io.pyrotorrent.domain.service.Targets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import org.junit.jupiter.api.Test;

class DiskSpaceServiceTest {

    private static final TargetName SEEDBOX = TargetName.of("seedbox");
    private static final TargetName REMOTE = TargetName.of("remote");
    private static final long GB = 1_000_000_000L;
    /** rTorrent's whole file system as seen here: the fake's default directory is /downloads. */
    private static final StorageMapping MAPPING = new StorageMapping("/", Path.of("/srv/rt"));

    /** A fake disk: which local directories exist, on which file system; counts each measurement. */
    private static final class FakeDisk implements DiskSpace {
        final Map<Path, DiskUsage> existing = new HashMap<>();
        final List<Path> measured = new ArrayList<>();

        @Override
        public Optional<DiskUsage> measure(Path directory) {
            measured.add(directory);
            return Optional.ofNullable(existing.get(directory));
        }
    }

    private final InMemoryTorrentClient seedbox = new InMemoryTorrentClient();
    private final InMemoryTorrentClient remote = new InMemoryTorrentClient();
    private final FakeDisk disk = new FakeDisk();
    private final TestClock clock = new TestClock();

    private DiskSpaceService service(LowSpaceWarning warning, Executor executor) {
        var clients = new LinkedHashMap<TargetName, TorrentClient>();
        clients.put(SEEDBOX, seedbox);
        clients.put(REMOTE, remote);
        return new DiskSpaceService(new Targets(clients), Map.of(SEEDBOX, MAPPING), disk, warning, executor, clock);
    }

    private DiskSpaceService service(LowSpaceWarning warning) {
        return service(warning, Runnable::run);
    }

    @Test
    void aMappedTarget_showsTheFileSystemOfRtorrentsDefaultDirectory_andOneWithoutAMapping_isUnknown() {
        disk.existing.put(Path.of("/srv/rt/downloads"), new DiskUsage(412 * GB, 1000 * GB));
        disk.existing.put(Path.of("/srv/rt"), new DiskUsage(3 * GB, 20 * GB));

        List<TargetDisk> all = service(LowSpaceWarning.DEFAULT).diskSpace(Principal.LOCAL);

        assertThat(all)
                .containsExactly(
                        new TargetDisk(SEEDBOX, Optional.of(new DiskUsage(412 * GB, 1000 * GB)), false),
                        TargetDisk.unknown(REMOTE));
        assertThat(remote.roundTrips()).as("nothing to measure, nothing asked").isZero();
    }

    @Test
    void aDefaultDirectoryNotCreatedYet_isMeasuredOnTheNearestFolderInsideTheMapping() {
        seedbox.send(new Request(List.of(new Command.ChangeSetting(Setting.DEFAULT_DIRECTORY.parse("/data/new/in")))));
        disk.existing.put(Path.of("/srv/rt/data"), new DiskUsage(7 * GB, 100 * GB));

        TargetDisk answer = service(LowSpaceWarning.DEFAULT).diskSpace(Principal.LOCAL, SEEDBOX);

        assertThat(answer.usage()).contains(new DiskUsage(7 * GB, 100 * GB));
        assertThat(disk.measured)
                .containsExactly(Path.of("/srv/rt/data/new/in"), Path.of("/srv/rt/data/new"), Path.of("/srv/rt/data"));
    }

    @Test
    void aMappingRootThatDoesNotExist_isUnknown_neverTheDiskAboveIt() {
        disk.existing.put(Path.of("/srv"), new DiskUsage(7 * GB, 100 * GB));

        assertThat(service(LowSpaceWarning.DEFAULT).diskSpace(Principal.LOCAL, SEEDBOX))
                .isEqualTo(TargetDisk.unknown(SEEDBOX));
    }

    @Test
    void aDefaultDirectoryOutsideTheMapping_isUnknown() {
        var clients = Map.<TargetName, TorrentClient>of(SEEDBOX, seedbox);
        var narrow = new StorageMapping("/data", Path.of("/srv/rt"));
        disk.existing.put(Path.of("/srv/rt"), new DiskUsage(7 * GB, 100 * GB));
        var service = new DiskSpaceService(
                new Targets(clients), Map.of(SEEDBOX, narrow), disk, LowSpaceWarning.DEFAULT, Runnable::run, clock);

        assertThat(service.diskSpace(Principal.LOCAL, SEEDBOX)).isEqualTo(TargetDisk.unknown(SEEDBOX));
    }

    @Test
    void belowTheThreshold_isLow_inBytesOrInPercent() {
        disk.existing.put(Path.of("/srv/rt/downloads"), new DiskUsage(40 * GB, 1000 * GB));

        assertThat(service(new LowSpaceWarning.Bytes(50 * GB))
                        .diskSpace(Principal.LOCAL, SEEDBOX)
                        .low())
                .isTrue();
        assertThat(service(new LowSpaceWarning.Bytes(40 * GB))
                        .diskSpace(Principal.LOCAL, SEEDBOX)
                        .low())
                .isFalse();
        assertThat(service(new LowSpaceWarning.Percent(5))
                        .diskSpace(Principal.LOCAL, SEEDBOX)
                        .low())
                .isTrue();
        assertThat(service(new LowSpaceWarning.Percent(4))
                        .diskSpace(Principal.LOCAL, SEEDBOX)
                        .low())
                .isFalse();
    }

    @Test
    void oneMeasurementServesEveryAsker_forAFewSeconds() {
        disk.existing.put(Path.of("/srv/rt/downloads"), new DiskUsage(40 * GB, 1000 * GB));
        var service = service(LowSpaceWarning.DEFAULT);

        for (int tab = 0; tab < 100; tab++) {
            service.diskSpace(Principal.LOCAL);
        }
        assertThat(disk.measured).hasSize(1);
        assertThat(seedbox.roundTrips()).as("the default directory, read once").isEqualTo(1);

        disk.existing.put(Path.of("/srv/rt/downloads"), new DiskUsage(30 * GB, 1000 * GB));
        clock.advance(DiskSpaceService.FRESH);
        assertThat(service.diskSpace(Principal.LOCAL, SEEDBOX).usage()).contains(new DiskUsage(30 * GB, 1000 * GB));
        assertThat(disk.measured).hasSize(2);
        assertThat(seedbox.roundTrips()).isEqualTo(1);

        clock.advance(DiskSpaceService.DIRECTORY_FRESH);
        service.diskSpace(Principal.LOCAL, SEEDBOX);
        assertThat(seedbox.roundTrips()).as("re-read after a minute").isEqualTo(2);
    }

    @Test
    void askingNeverWaitsForRtorrent_theMappingRootStandsInUntilItAnswers() {
        disk.existing.put(Path.of("/srv/rt"), new DiskUsage(9 * GB, 90 * GB));
        disk.existing.put(Path.of("/srv/rt/downloads"), new DiskUsage(40 * GB, 1000 * GB));
        var later = new ArrayList<Runnable>();
        var service = service(LowSpaceWarning.DEFAULT, later::add);

        assertThat(service.diskSpace(Principal.LOCAL, SEEDBOX).usage()).contains(new DiskUsage(9 * GB, 90 * GB));
        assertThat(seedbox.roundTrips()).isZero();

        later.forEach(Runnable::run);
        assertThat(service.diskSpace(Principal.LOCAL, SEEDBOX).usage())
                .as("the directory's answer drops the measurement taken elsewhere")
                .contains(new DiskUsage(40 * GB, 1000 * GB));
    }

    @Test
    void whileRtorrentIsDown_theLastKnownDirectoryIsMeasured_andNothingThrows() {
        disk.existing.put(Path.of("/srv/rt"), new DiskUsage(9 * GB, 90 * GB));
        disk.existing.put(Path.of("/srv/rt/downloads"), new DiskUsage(40 * GB, 1000 * GB));
        var service = service(LowSpaceWarning.DEFAULT);
        service.diskSpace(Principal.LOCAL, SEEDBOX);

        seedbox.failWith(new ClientFailure.Unreachable("connection refused"));
        clock.advance(DiskSpaceService.DIRECTORY_FRESH);

        assertThat(service.diskSpace(Principal.LOCAL, SEEDBOX).usage()).contains(new DiskUsage(40 * GB, 1000 * GB));
    }

    @Test
    void downFromTheStart_theMappingRootIsMeasured() {
        disk.existing.put(Path.of("/srv/rt"), new DiskUsage(9 * GB, 90 * GB));
        seedbox.failWith(new ClientFailure.Unreachable("connection refused"));

        assertThat(service(LowSpaceWarning.DEFAULT)
                        .diskSpace(Principal.LOCAL, SEEDBOX)
                        .usage())
                .contains(new DiskUsage(9 * GB, 90 * GB));
    }

    @Test
    void anExecutorThatStopped_neverBreaksAsking() {
        disk.existing.put(Path.of("/srv/rt"), new DiskUsage(9 * GB, 90 * GB));
        Executor stopped = task -> {
            throw new java.util.concurrent.RejectedExecutionException("shut down");
        };

        assertThat(service(LowSpaceWarning.DEFAULT, stopped)
                        .diskSpace(Principal.LOCAL, SEEDBOX)
                        .usage())
                .contains(new DiskUsage(9 * GB, 90 * GB));
    }

    @Test
    void theThresholdsRefuseNonsense() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new LowSpaceWarning.Percent(101))
                .hasMessageContaining("0 to 100 percent");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new DiskUsage(2, 1))
                .hasMessageContaining("free 2 of 1");
        assertThat(new DiskUsage(0, 0).freePercent()).isZero();
        assertThat(Duration.ofSeconds(5)).isEqualTo(DiskSpaceService.FRESH);
    }
}
