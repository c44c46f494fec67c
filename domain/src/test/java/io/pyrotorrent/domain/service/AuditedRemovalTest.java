package io.pyrotorrent.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.fake.InMemoryAuditLog;
import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestClock;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.DownloadDirectory;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.audit.AuditEntry;
import io.pyrotorrent.domain.model.audit.AuditQuery;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.files.StorageMapping;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deleted data cannot come back: each removal with data is in the audit log with what went. */
class AuditedRemovalTest {

    private static final TargetName BOX = TargetName.of("box");

    @TempDir
    Path disk;

    private final InMemoryAuditLog log = new InMemoryAuditLog();
    private final InMemoryTorrentClient client = new InMemoryTorrentClient();
    private TestTorrent pack;
    private AuditedRemoval removal;

    @BeforeEach
    void aTorrentOnDisk() throws Exception {
        var files = new LinkedHashMap<String, Long>();
        files.put("a.bin", 5L);
        files.put("b.bin", 5L);
        pack = TestTorrent.multi("pack", files);
        client.send(Request.of(new Command.AddTorrent(
                pack.source(), false, Label.NONE, Optional.of(DownloadDirectory.of("/srv/pack")))));
        Files.createDirectories(disk.resolve("pack"));
        Files.writeString(disk.resolve("pack/a.bin"), "hello");
        removal = new AuditedRemoval(
                new RemovalService(
                        new Targets(Map.<TargetName, TorrentClient>of(BOX, client)),
                        Map.of(BOX, new StorageMapping("/srv", disk)),
                        Runnable::run),
                log,
                new TestClock());
    }

    @Test
    void removeWithData_isLoggedWithTheFilesAndBytesDeleted_andWhatWasKept() {
        removal.remove(Principal.LOCAL, BOX, pack.hash());

        assertThat(entries()).singleElement().satisfies(entry -> {
            assertThat(entry.action()).isEqualTo("RemoveWithData");
            assertThat(entry.torrents()).containsExactly(pack.hash().hex());
            assertThat(entry.result()).isEqualTo("deleted 1 files, 5 bytes: a.bin; kept 1: b.bin (not on disk)");
        });
    }

    @Test
    void aPreview_changesNothing_andIsNotLogged() {
        removal.preview(Principal.LOCAL, BOX, pack.hash());

        assertThat(entries()).isEmpty();
    }

    @Test
    void aBulkRemoval_logsEachTorrentAsItEnds_includingTheRefusedOnes() {
        var unknown = TestTorrent.randomHash();

        removal.startRemoval(Principal.LOCAL, BOX, List.of(pack.hash(), unknown));

        assertThat(entries())
                .extracting(AuditEntry::result)
                .containsExactlyInAnyOrder(
                        "deleted 1 files, 5 bytes: a.bin; kept 1: b.bin (not on disk)",
                        "refused: rTorrent does not know this torrent");
    }

    private List<AuditEntry> entries() {
        return log.find(AuditQuery.latest(AuditQuery.MAX_LIMIT));
    }
}
