package io.pyrotorrent.domain.move;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.job.Jobs;
import io.pyrotorrent.domain.model.DownloadDirectory;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.UnknownTargetException;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.files.StorageMapping;
import io.pyrotorrent.domain.model.job.JobItem;
import io.pyrotorrent.domain.model.job.JobStatus;
import io.pyrotorrent.domain.model.removal.JobId;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TorrentQuery;
import io.pyrotorrent.domain.port.out.TorrentClient;
import io.pyrotorrent.domain.service.Targets;
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

/** Moving real files in a temp dir behind the in-memory rTorrent; jobs run on the calling thread. */
class MoveServiceTest {

    private static final TargetName BOX = TargetName.of("box");

    @TempDir
    Path disk;

    /** Outside the storage: what a symlink in a hostile torrent points at. */
    @TempDir
    Path elsewhere;

    private final InMemoryTorrentClient box = new InMemoryTorrentClient();
    private final Jobs jobs = new Jobs();
    private TestTorrent pack;
    private TestTorrent single;

    @BeforeEach
    void torrentsOnDisk() throws Exception {
        var files = new LinkedHashMap<String, Long>();
        files.put("a/one.bin", 3L);
        files.put("two.bin", 3L);
        pack = TestTorrent.multi("pack", files);
        add(pack, "/srv/old/pack", true);
        Files.createDirectories(disk.resolve("old/pack/a"));
        Files.writeString(disk.resolve("old/pack/a/one.bin"), "one");
        Files.writeString(disk.resolve("old/pack/two.bin"), "two");
        single = TestTorrent.single("alone.iso");
        add(single, "/srv/old", false);
        Files.writeString(disk.resolve("old/alone.iso"), "x".repeat(1000));
    }

    @Test
    void aStartedMultiFileTorrent_isRenamedIntoTheDestination_pointedThere_andStartedAgain() {
        JobStatus job = move(service(true), pack.hash(), "/srv/new/place");

        assertThat(job.items())
                .singleElement()
                .satisfies(item -> assertThat(item.ok()).as(item.message()).isTrue());
        assertThat(disk.resolve("new/place/pack/a/one.bin")).hasContent("one");
        assertThat(disk.resolve("old/pack")).doesNotExist();
        assertThat(row(pack.hash()).get(TorrentFields.DIRECTORY)).isEqualTo("/srv/new/place/pack");
        assertThat(row(pack.hash()).get(TorrentFields.STATE)).isTrue();
        assertThat(row(pack.hash()).get(TorrentFields.ACTIVE)).isTrue();
        assertThat(job.finished()).isTrue();
        assertThat(job.done()).isEqualTo(6);
    }

    @Test
    void acrossFileSystems_theDataIsCopiedWithProgress_thenTheOldCopyGoes_andAPausedTorrentStaysPaused() {
        box.send(Request.of(new Command.Pause(pack.hash())));

        JobStatus job = move(service(false), pack.hash(), "/srv/new");

        assertThat(job.items().get(0).message()).startsWith("copied into /srv/new");
        assertThat(disk.resolve("new/pack/two.bin")).hasContent("two");
        assertThat(disk.resolve("old/pack")).doesNotExist();
        assertThat(job.total()).isEqualTo(6);
        assertThat(job.done()).isEqualTo(6);
        assertThat(row(pack.hash()).get(TorrentFields.STATE)).isTrue();
        assertThat(row(pack.hash()).get(TorrentFields.ACTIVE)).isFalse();
    }

    @Test
    void aSingleFileTorrent_movesItsFile_andRtorrentGetsTheParentFolder_stoppedAsItWas() {
        JobStatus job = move(service(false), single.hash(), "/srv/new");

        assertThat(job.items().get(0).ok()).as(job.items().get(0).message()).isTrue();
        assertThat(disk.resolve("new/alone.iso")).hasSize(1000);
        assertThat(disk.resolve("old/alone.iso")).doesNotExist();
        assertThat(row(single.hash()).get(TorrentFields.DIRECTORY)).isEqualTo("/srv/new");
        assertThat(row(single.hash()).get(TorrentFields.STATE)).isFalse();
    }

    @Test
    void aMoveThatCannotWrite_leavesTheDataAndTheTorrentAtTheOldPlace_startedAsBefore() throws Exception {
        Files.writeString(disk.resolve("blocked"), "a file where a folder should be");

        JobStatus job = move(service(false), pack.hash(), "/srv/blocked/under");

        JobItem item = job.items().get(0);
        assertThat(item.ok()).isFalse();
        assertThat(item.message()).contains("could not be carried").contains("stays complete at /srv/old/pack");
        assertThat(disk.resolve("old/pack/a/one.bin")).hasContent("one");
        assertThat(row(pack.hash()).get(TorrentFields.DIRECTORY)).isEqualTo("/srv/old/pack");
        assertThat(row(pack.hash()).get(TorrentFields.ACTIVE)).isTrue();
    }

    @Test
    void aHostileTorrent_withDotDotAbsoluteAndSymlinkedNames_isRefusedWholeAndNothingMoves() throws Exception {
        var files = new LinkedHashMap<String, Long>();
        files.put("ok.txt", 2L);
        files.put("../../escape.txt", 2L);
        var dotdot = TestTorrent.multi("dotdot", files);
        add(dotdot, "/srv/old/dotdot", true);
        Files.createDirectories(disk.resolve("old/dotdot"));
        Files.writeString(disk.resolve("old/dotdot/ok.txt"), "ok");
        var linked = TestTorrent.multi("linked", Map.of("secret.txt", 2L));
        add(linked, "/srv/old/linked", true);
        Files.createDirectories(disk.resolve("old/linked"));
        Path outside = Files.writeString(elsewhere.resolve("secret.txt"), "no");
        Files.createSymbolicLink(disk.resolve("old/linked/secret.txt"), outside);
        var absolute = TestTorrent.multi("absolute", Map.of("/etc/passwd", 2L));
        add(absolute, "/srv/old/absolute", true);
        Files.createDirectories(disk.resolve("old/absolute"));
        var escaping = TestTorrent.single("escaping");
        add(escaping, "/etc", true);

        JobStatus job = jobs.find(
                        "local",
                        service(true)
                                .startMove(
                                        Principal.LOCAL,
                                        BOX,
                                        List.of(dotdot.hash(), linked.hash(), absolute.hash(), escaping.hash()),
                                        DownloadDirectory.of("/srv/new"),
                                        false))
                .orElseThrow();

        assertThat(job.items()).extracting(JobItem::ok).containsOnly(false);
        assertThat(job.items())
                .extracting(JobItem::message)
                .anySatisfy(m -> assertThat(m).contains("'../../escape.txt' leaves the torrent's own path"))
                .anySatisfy(m -> assertThat(m).contains("'secret.txt' is reached through a symlink"))
                .anySatisfy(m -> assertThat(m).contains("'/etc/passwd' leaves the torrent's own path"))
                .anySatisfy(m -> assertThat(m).contains("outside the storage mapping"));
        assertThat(disk.resolve("new")).doesNotExist();
        assertThat(outside).hasContent("no");
        assertThat(row(linked.hash()).get(TorrentFields.DIRECTORY)).isEqualTo("/srv/old/linked");
    }

    @Test
    void aDestinationOutsideTheStorage_orThroughASymlinkOut_isRefusedAtOnce() throws Exception {
        Files.createSymbolicLink(disk.resolve("out"), elsewhere);

        assertThatThrownBy(() -> service(true)
                        .startMove(
                                Principal.LOCAL, BOX, List.of(pack.hash()), DownloadDirectory.of("/elsewhere"), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("outside the target's storage /srv");
        assertThatThrownBy(() -> service(true)
                        .startMove(
                                Principal.LOCAL, BOX, List.of(pack.hash()), DownloadDirectory.of("/srv/out/x"), false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("through a symlink");
        assertThat(disk.resolve("old/pack/two.bin")).exists();
    }

    @Test
    void anotherUsersTarget_answersExactlyLikeAMissingOne() {
        var stranger = new Principal("eve", false, Set.of(TargetName.of("elsewhere")));

        assertThatThrownBy(() -> service(true)
                        .startMove(stranger, BOX, List.of(pack.hash()), DownloadDirectory.of("/srv/new"), false))
                .isInstanceOf(UnknownTargetException.class)
                .hasMessage(new UnknownTargetException("box").getMessage());
        assertThat(disk.resolve("old/pack/two.bin")).exists();
    }

    @Test
    void aRecheck_isAskedOfRtorrentAtTheNewPlace() {
        JobStatus job = jobs.find(
                        "local",
                        service(true)
                                .startMove(
                                        Principal.LOCAL,
                                        BOX,
                                        List.of(pack.hash()),
                                        DownloadDirectory.of("/srv/new"),
                                        true))
                .orElseThrow();

        assertThat(job.items().get(0).message()).contains("rechecking");
        assertThat(row(pack.hash()).get(TorrentFields.HASH_CHECKED)).isTrue();
    }

    private MoveService service(boolean renameFirst) {
        return new MoveService(
                new Targets(Map.<TargetName, TorrentClient>of(BOX, box)),
                Map.of(BOX, new StorageMapping("/srv", disk)),
                jobs,
                Runnable::run,
                renameFirst);
    }

    private JobStatus move(MoveService service, InfoHash hash, String destination) {
        JobId id = service.startMove(Principal.LOCAL, BOX, List.of(hash), DownloadDirectory.of(destination), false);
        return jobs.find("local", id).orElseThrow();
    }

    private Row row(InfoHash hash) {
        return box
                .send(Request.of(TorrentQuery.of(
                        hash,
                        TorrentFields.DIRECTORY,
                        TorrentFields.STATE,
                        TorrentFields.ACTIVE,
                        TorrentFields.HASH_CHECKED)))
                .outcomes()
                .stream()
                .map(o -> (Row) o.orThrow())
                .findFirst()
                .orElseThrow();
    }

    private void add(TestTorrent torrent, String directory, boolean start) {
        box.send(Request.of(new Command.AddTorrent(
                torrent.source(), start, Label.NONE, Optional.of(DownloadDirectory.of(directory)))));
    }
}
