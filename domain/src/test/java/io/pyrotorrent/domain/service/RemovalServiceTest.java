package io.pyrotorrent.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.DownloadDirectory;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.UnknownTorrentException;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.files.StorageMapping;
import io.pyrotorrent.domain.model.removal.DataFile;
import io.pyrotorrent.domain.model.removal.KeptFile;
import io.pyrotorrent.domain.model.removal.RemovalPreview;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Removing with data on real files in a temp dir, with a hostile torrent and a neighbour on another target. */
class RemovalServiceTest {

    private static final TargetName BOX = TargetName.of("box");
    private static final TargetName OTHER = TargetName.of("other");

    @TempDir
    Path disk;

    private final InMemoryTorrentClient box = new InMemoryTorrentClient();
    private final InMemoryTorrentClient other = new InMemoryTorrentClient();
    private TestTorrent pack;
    private Path packDir;
    private RemovalService service;

    @BeforeEach
    void hostileTorrentOnDisk() throws Exception {
        var files = new LinkedHashMap<String, Long>();
        files.put("docs/readme.txt", 5L);
        files.put("../../escape.txt", 5L);
        files.put("/abs.txt", 5L);
        files.put("link.txt", 5L);
        files.put("out/through.txt", 5L);
        files.put("shared.bin", 6L);
        files.put("missing.bin", 5L);
        pack = TestTorrent.multi("pack", files);
        add(box, pack, "/srv/data/pack");
        packDir = Files.createDirectories(disk.resolve("data/pack/docs")).getParent();
        Files.writeString(packDir.resolve("docs/readme.txt"), "hello");
        Files.writeString(disk.resolve("escape.txt"), "keep!");
        Files.createDirectories(disk.resolve("elsewhere"));
        Files.writeString(disk.resolve("elsewhere/through.txt"), "keep!");
        Files.writeString(disk.resolve("secret.txt"), "keep!");
        Files.createSymbolicLink(packDir.resolve("link.txt"), disk.resolve("secret.txt"));
        Files.createSymbolicLink(packDir.resolve("out"), disk.resolve("elsewhere"));
        Files.writeString(packDir.resolve("shared.bin"), "shared");
        // The same storage seen by another instance as /mnt: a single-file torrent seeds shared.bin there.
        add(other, TestTorrent.single("shared.bin"), "/mnt/data/pack");
        service = service(Map.of(BOX, new StorageMapping("/srv", disk), OTHER, new StorageMapping("/mnt", disk)));
    }

    @Test
    void preview_listsWhatGoes_andWhatStaysWithTheReason() {
        var preview = service.preview(Principal.LOCAL, BOX, pack.hash());

        assertThat(preview).isInstanceOfSatisfying(RemovalPreview.Visible.class, visible -> {
            assertThat(visible.deleted()).containsExactly(new DataFile("docs/readme.txt", 5));
            assertThat(visible.bytes()).isEqualTo(5);
            assertThat(visible.kept())
                    .extracting(KeptFile::path, KeptFile::reason)
                    .containsExactly(
                            org.assertj.core.groups.Tuple.tuple(
                                    "../../escape.txt", "its path leaves the torrent's own path"),
                            org.assertj.core.groups.Tuple.tuple("/abs.txt", "its path leaves the torrent's own path"),
                            org.assertj.core.groups.Tuple.tuple(
                                    "link.txt",
                                    "a symlink: neither it nor what it points to is the torrent's data to delete"),
                            org.assertj.core.groups.Tuple.tuple(
                                    "out/through.txt", "reached through a symlink leaving the torrent's own path"),
                            org.assertj.core.groups.Tuple.tuple(
                                    "shared.bin", "also used by a torrent of other: shared.bin"),
                            org.assertj.core.groups.Tuple.tuple("missing.bin", "not on disk"));
        });
        assertThat(box.torrent(pack.hash())).isNotNull();
        assertThat(packDir.resolve("docs/readme.txt")).exists();
    }

    @Test
    void remove_erasesFirst_thenDeletesOnlyTheTorrentsOwnUnsharedFiles() {
        var result = service.remove(Principal.LOCAL, BOX, pack.hash());

        assertThat(result.refused()).isEmpty();
        assertThat(result.deleted()).containsExactly(new DataFile("docs/readme.txt", 5));
        assertThat(result.kept()).hasSize(6);
        assertThat(box.all()).isEmpty();
        assertThat(packDir.resolve("docs")).doesNotExist();
        assertThat(packDir.resolve("shared.bin")).hasContent("shared");
        assertThat(disk.resolve("escape.txt")).hasContent("keep!");
        assertThat(disk.resolve("secret.txt")).hasContent("keep!");
        assertThat(disk.resolve("elsewhere/through.txt")).hasContent("keep!");
        assertThat(packDir.resolve("link.txt")).isSymbolicLink();
    }

    @Test
    void whenTheNeighbourLeaves_theSharedFileGoesWithTheLastTorrent() {
        other.remove(other.all().get(0).hash());

        var result = service.remove(Principal.LOCAL, BOX, pack.hash());

        assertThat(result.deleted()).extracting(DataFile::path).containsExactly("docs/readme.txt", "shared.bin");
        assertThat(packDir.resolve("shared.bin")).doesNotExist();
        assertThat(packDir).exists();
    }

    @Test
    void aSharingTargetThatDoesNotAnswer_keepsEveryFile() {
        other.failWith(new ClientFailure.Unreachable("connection refused"));

        var result = service.remove(Principal.LOCAL, BOX, pack.hash());

        assertThat(result.deleted()).isEmpty();
        assertThat(result.kept()).anySatisfy(kept -> assertThat(kept.reason()).contains("did not answer"));
        assertThat(packDir.resolve("docs/readme.txt")).exists();
    }

    @Test
    void withoutAMapping_pyroTorrentSaysItCannotSeeTheFiles_andRemovesNothing() {
        var unmapped = service(Map.of());

        assertThat(unmapped.preview(Principal.LOCAL, BOX, pack.hash()))
                .isInstanceOfSatisfying(
                        RemovalPreview.NotVisible.class,
                        notVisible -> assertThat(notVisible.reason()).contains("cannot see"));
        var result = unmapped.remove(Principal.LOCAL, BOX, pack.hash());

        assertThat(result.refused())
                .hasValueSatisfying(reason -> assertThat(reason).contains("without its data"));
        assertThat(box.torrent(pack.hash())).isNotNull();
        assertThat(packDir.resolve("docs/readme.txt")).exists();
    }

    @Test
    void aSingleFileTorrent_deletesItsOneFile_neverItsFolder() throws Exception {
        var single = TestTorrent.single("alone.iso");
        add(box, single, "/srv/data");
        Files.writeString(disk.resolve("data/alone.iso"), "iso");

        var result = service.remove(Principal.LOCAL, BOX, single.hash());

        assertThat(result.kept()).isEmpty();
        assertThat(result.deleted()).containsExactly(new DataFile("alone.iso", 3));
        assertThat(disk.resolve("data/alone.iso")).doesNotExist();
        assertThat(packDir.resolve("docs/readme.txt")).exists();
    }

    @Test
    void anUnknownHash_isUnknown() {
        assertThatThrownBy(() -> service.preview(Principal.LOCAL, BOX, TestTorrent.randomHash()))
                .isInstanceOf(UnknownTorrentException.class);
    }

    @Test
    void aBulkRemoval_isAJobThatItsStarterFollowsToTheEnd_andNobodyElseSees() {
        var unknown = TestTorrent.randomHash();

        var id = service.startRemoval(Principal.LOCAL, BOX, List.of(pack.hash(), unknown));

        var job = service.job(Principal.LOCAL, id).orElseThrow();
        assertThat(job.finished()).isTrue();
        assertThat(job.total()).isEqualTo(2);
        assertThat(job.results().get(0).deleted()).hasSize(1);
        assertThat(job.results().get(1).refused()).hasValue("rTorrent does not know this torrent");
        assertThat(service.job(new Principal("mallory", true, Set.of()), id)).isEmpty();
    }

    private RemovalService service(Map<TargetName, StorageMapping> storage) {
        // Jobs run on the calling thread here, so a test reads the finished job without waiting.
        return new RemovalService(
                new Targets(Map.<TargetName, TorrentClient>of(BOX, box, OTHER, other)), storage, Runnable::run);
    }

    private static void add(InMemoryTorrentClient client, TestTorrent torrent, String directory) {
        client.send(Request.of(new Command.AddTorrent(
                torrent.source(), false, Label.NONE, Optional.of(DownloadDirectory.of(directory)))));
    }
}
