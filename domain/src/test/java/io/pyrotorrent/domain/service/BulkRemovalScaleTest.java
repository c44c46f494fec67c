package io.pyrotorrent.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.DownloadDirectory;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.files.StorageMapping;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.Snapshot;
import io.pyrotorrent.domain.model.request.Step;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bulk removal of 1,000 torrents sharing one folder grows with the torrents, not their square:
 * bounded by the rows read from rTorrent and by the index lookups, never by a stopwatch.
 */
class BulkRemovalScaleTest {

    private static final TargetName BOX = TargetName.of("box");
    private static final int TORRENTS = 1_000;

    @TempDir
    Path disk;

    @Test
    void removing1000Torrents_readsEachTorrentOnce_notEveryTorrentForEachOne() throws Exception {
        var fake = new InMemoryTorrentClient();
        var hashes = new ArrayList<InfoHash>();
        var adds = new ArrayList<Step<?>>();
        Files.createDirectories(disk.resolve("data"));
        for (int i = 0; i < TORRENTS; i++) {
            TestTorrent torrent = TestTorrent.single("file-" + i + ".bin");
            hashes.add(torrent.hash());
            adds.add(new Command.AddTorrent(
                    torrent.source(), false, Label.NONE, Optional.of(DownloadDirectory.of("/srv/data"))));
            Files.writeString(disk.resolve("data/file-" + i + ".bin"), "x");
        }
        fake.send(new Request(adds));
        var rows = new AtomicLong();
        TorrentClient counting = request -> count(fake.send(request), rows);
        var service = new RemovalService(
                new Targets(Map.of(BOX, counting)), Map.of(BOX, new StorageMapping("/srv", disk)), Runnable::run);

        var id = service.startRemoval(Principal.LOCAL, BOX, hashes);

        var job = service.job(Principal.LOCAL, id).orElseThrow();
        assertThat(job.finished()).isTrue();
        assertThat(job.results())
                .allSatisfy(result -> assertThat(result.deleted()).hasSize(1));
        assertThat(fake.all()).isEmpty();
        // One read of all 1,000 for the job, then per torrent its row and its one file: ~3,000.
        // Reading every neighbour again for each torrent was ~1,000,000 rows.
        assertThat(rows.get()).isLessThanOrEqualTo(4L * TORRENTS);
    }

    @Test
    void theIndex_answersAFileInPathDepthLookups_whateverTheNumberOfTorrents() {
        var index = new OtherTorrents();
        Path folder = Path.of("/data/seed");
        for (int i = 0; i < TORRENTS; i++) {
            index.add(Optional.empty(), new OtherTorrent("t" + i, folder.resolve("file-" + i)));
        }

        for (int i = 0; i < TORRENTS; i++) {
            assertThat(index.using(folder.resolve("file-" + i), TestTorrent.randomHash()))
                    .isPresent();
        }
        assertThat(index.using(folder.resolve("nobody"), TestTorrent.randomHash()))
                .isEmpty();
        assertThat(index.anyLivesUnder(folder, TestTorrent.randomHash())).isTrue();

        // Each lookup walks /data/seed/file-N up to the root: 4 probes; a scan would be 1,000 each.
        assertThat(index.probes()).isLessThanOrEqualTo(4L * (TORRENTS + 1) + 1);
    }

    @Test
    void aRemovedTorrent_leavesTheIndex_soTheLastOneSharingAFolderMayClearIt() {
        var index = new OtherTorrents();
        InfoHash first = TestTorrent.randomHash();
        InfoHash second = TestTorrent.randomHash();
        index.add(Optional.of(first), new OtherTorrent("a", Path.of("/data/pack")));
        index.add(Optional.of(second), new OtherTorrent("b", Path.of("/data/pack")));

        assertThat(index.using(Path.of("/data/pack/x.bin"), second)).isPresent();
        index.remove(first);

        assertThat(index.using(Path.of("/data/pack/x.bin"), second)).isEmpty();
        assertThat(index.anyLivesUnder(Path.of("/data"), second)).isFalse();
        assertThat(index.anyLivesUnder(Path.of("/data"), first)).isTrue();
    }

    private static Snapshot count(Snapshot snapshot, AtomicLong rows) {
        for (Outcome<?> outcome : snapshot.outcomes()) {
            if (outcome instanceof Outcome.Success<?> success && success.value() instanceof List<?> list) {
                rows.addAndGet(list.size());
            } else {
                rows.incrementAndGet();
            }
        }
        return snapshot;
    }
}
