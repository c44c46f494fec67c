package io.pyrotorrent.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.DownloadDirectory;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.UnknownTorrentException;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.files.FileLookup;
import io.pyrotorrent.domain.model.files.StorageMapping;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DownloadServiceTest {

    private static final TargetName BOX = TargetName.of("box");

    @TempDir
    Path disk;

    private final InMemoryTorrentClient client = new InMemoryTorrentClient();
    private DownloadService service;
    private TestTorrent torrent;

    @BeforeEach
    void torrentOnDisk() throws Exception {
        var files = new LinkedHashMap<String, Long>();
        files.put("docs/readme.txt", 5L);
        files.put("../../escape.txt", 5L);
        files.put("link.txt", 5L);
        files.put("missing.bin", 5L);
        torrent = TestTorrent.multi("pack", files);
        // rTorrent sees /srv/data; here the same files live under the temp dir.
        client.send(Request.of(new Command.AddTorrent(
                torrent.source(), false, Label.NONE, Optional.of(DownloadDirectory.of("/srv/data/pack")))));
        Path pack = Files.createDirectories(disk.resolve("data/pack/docs")).getParent();
        Files.writeString(pack.resolve("docs/readme.txt"), "hello");
        Files.writeString(disk.resolve("secret.txt"), "nope!");
        Files.createSymbolicLink(pack.resolve("link.txt"), disk.resolve("secret.txt"));
        service = new DownloadService(
                new Targets(Map.<TargetName, TorrentClient>of(BOX, client)),
                Map.of(BOX, new StorageMapping("/srv", disk)));
    }

    @Test
    void aFileInsideTheTorrent_isFoundThroughTheMapping() {
        var found = service.payload(Principal.LOCAL, BOX, torrent.hash(), 0);

        assertThat(found).isInstanceOfSatisfying(FileLookup.Found.class, file -> {
            assertThat(file.name()).isEqualTo("readme.txt");
            assertThat(file.size()).isEqualTo(5);
        });
    }

    @Test
    void dotDotAndSymlinksOut_areForbidden_andAbsentFilesNotAvailable() {
        assertThat(service.payload(Principal.LOCAL, BOX, torrent.hash(), 1)).isInstanceOf(FileLookup.Forbidden.class);
        assertThat(service.payload(Principal.LOCAL, BOX, torrent.hash(), 2)).isInstanceOf(FileLookup.Forbidden.class);
        assertThat(service.payload(Principal.LOCAL, BOX, torrent.hash(), 3))
                .isInstanceOf(FileLookup.NotAvailable.class);
        assertThat(service.payload(Principal.LOCAL, BOX, torrent.hash(), 9))
                .isInstanceOf(FileLookup.NotAvailable.class);
    }

    @Test
    void withoutAMapping_downloadsAreOff_andUnknownHashesAreUnknown() {
        var unmapped = new DownloadService(new Targets(Map.<TargetName, TorrentClient>of(BOX, client)), Map.of());

        assertThat(unmapped.payload(Principal.LOCAL, BOX, torrent.hash(), 0))
                .isEqualTo(new FileLookup.NotAvailable("downloads are off: this target has no storage mapping"));
        assertThatThrownBy(() -> service.payload(Principal.LOCAL, BOX, TestTorrent.randomHash(), 0))
                .isInstanceOf(UnknownTorrentException.class);
    }

    @Test
    void theTorrentFile_isRtorrentsSessionCopy_namedAfterTheTorrent() throws Exception {
        var sessionMapped = new DownloadService(
                new Targets(Map.<TargetName, TorrentClient>of(BOX, client)),
                Map.of(BOX, new StorageMapping("/session", disk)));
        Files.write(disk.resolve(torrent.hash().hex() + ".torrent"), torrent.bytes());

        assertThat(sessionMapped.torrentFile(Principal.LOCAL, BOX, torrent.hash()))
                .isInstanceOfSatisfying(
                        FileLookup.Found.class, file -> assertThat(file.name()).isEqualTo("pack.torrent"));
    }
}
