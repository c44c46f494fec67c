package io.pyrotorrent.domain.automation.watchdir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.domain.fake.InMemoryAuditLog;
import io.pyrotorrent.domain.fake.InMemoryDroppedFiles;
import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.InMemoryWatchFolders;
import io.pyrotorrent.domain.fake.TestClock;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.DownloadDirectory;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.add.AddOptions;
import io.pyrotorrent.domain.model.add.AddResult;
import io.pyrotorrent.domain.model.add.NamedSource;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.watchdir.WatchFolder;
import io.pyrotorrent.domain.port.in.AddTorrents;
import io.pyrotorrent.domain.rss.Checkpoints;
import io.pyrotorrent.domain.service.AddService;
import io.pyrotorrent.domain.service.AuditedAdd;
import io.pyrotorrent.domain.service.Targets;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class WatchFoldersTest {

    private static final TargetName MAIN = TargetName.of("main");
    private static final String DIR = "/srv/watch";

    /** What kill -9 does to the process, done to one scan: it stops at a named step. */
    static final class Crash extends RuntimeException {
        Crash(String step) {
            super("crashed at " + step);
        }
    }

    private final TestClock clock = new TestClock();
    private final InMemoryWatchFolders store = new InMemoryWatchFolders();
    private final InMemoryDroppedFiles files = new InMemoryDroppedFiles().directory(DIR);
    private final InMemoryTorrentClient rtorrent = new InMemoryTorrentClient();
    private final Targets targets = new Targets(Map.of(MAIN, rtorrent));
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final AtomicInteger loads = new AtomicInteger();
    private final List<AddResult.Added> announced = new ArrayList<>();

    private WatchFolders folders(Checkpoints checkpoints) {
        var audited = new AuditedAdd(new AddService(targets, url -> new byte[0]), audit, clock);
        AddTorrents counting = new AddTorrents() {
            @Override
            public List<AddResult> add(Principal c, TargetName t, List<NamedSource> s, AddOptions o) {
                loads.incrementAndGet();
                return audited.add(c, t, s, o);
            }

            @Override
            public UrlFetches fetchesForOneRequest() {
                return audited.fetchesForOneRequest();
            }
        };
        return new WatchFolders(store, files, targets, counting, clock, checkpoints, announced::add);
    }

    private WatchFolders watching() {
        var service = folders(Checkpoints.NONE);
        service.save(
                Principal.LOCAL,
                new WatchFolder(MAIN, DIR, Label.of("tv"), Optional.of(DownloadDirectory.of("/data/tv")), false, true));
        return service;
    }

    private void drop(String name, byte[] bytes) {
        files.drop(DIR, name, bytes, clock.instant());
        clock.advance(Duration.ofSeconds(3));
    }

    @Test
    void aUserWhoIsNotAnAdmin_cannotPointAFolderAtADirectory_evenOnTheirOwnTarget() {
        var service = new WatchFolders(
                store,
                files,
                targets,
                new AddService(targets, url -> new byte[0]),
                clock,
                Checkpoints.NONE,
                added -> {},
                caller -> caller.name().equals("admin"));
        var user = new Principal("alice", false, java.util.Set.of(MAIN));
        var folder = new WatchFolder(MAIN, DIR, Label.of("tv"), Optional.empty(), false, true);

        assertThatThrownBy(() -> service.save(user, folder))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("directory: only an admin may set a watch folder");
        assertThat(store.all()).isEmpty();
        service.save(new Principal("admin", true, java.util.Set.of()), folder);
        assertThat(store.all()).hasSize(1);
    }

    @Test
    void aDroppedTorrent_isAddedWithTheFoldersLabelPaused_thenMovedToLoaded() {
        var service = watching();
        var torrent = TestTorrent.unique("dropped");
        drop("a.torrent", torrent.bytes());

        service.scanAll();

        assertThat(rtorrent.torrent(torrent.hash()).label()).isEqualTo(Label.of("tv"));
        assertThat(rtorrent.torrent(torrent.hash()).started()).isFalse();
        assertThat(files.loaded).containsExactly("a.torrent");
        assertThat(store.intents(MAIN)).isEmpty();
        assertThat(announced).extracting(AddResult.Added::source).containsExactly("a.torrent");
        assertThat(service.folders(Principal.LOCAL).get(0).status().result()).isEqualTo("added 1, failed 0");
        service.scanAll();
        assertThat(loads).hasValue(1);
    }

    @Test
    void garbage_andAnEmptyFile_goToFailed_withAReasonNamingWhy() {
        var service = watching();
        drop("garbage.torrent", "not bencode at all".getBytes(StandardCharsets.UTF_8));
        drop("empty.torrent", new byte[0]);

        service.scanAll();

        assertThat(files.failed).containsOnlyKeys("garbage.torrent", "empty.torrent");
        assertThat(files.failed.get("garbage.torrent")).startsWith("not a .torrent file pyroTorrent can read: ");
        assertThat(files.failed.get("empty.torrent")).isEqualTo("the file is empty");
        assertThat(loads).hasValue(0);
        assertThat(service.folders(Principal.LOCAL).get(0).status().failed()).isEqualTo(2);
    }

    @Test
    void aFileStillBeingWritten_waitsForTheNextScan() {
        var service = watching();
        var torrent = TestTorrent.unique("writing");
        files.drop(DIR, "w.torrent", torrent.bytes(), clock.instant());

        service.scanAll();
        assertThat(loads).hasValue(0);
        clock.advance(FolderScan.QUIET_FOR.plusSeconds(1));
        service.scanAll();

        assertThat(files.loaded).containsExactly("w.torrent");
    }

    @Test
    void aCrashBetweenAddingAndMoving_neverAddsTheFileTwice_afterARestart() {
        watching();
        var torrent = TestTorrent.unique("crash-after-add");
        drop("c.torrent", torrent.bytes());
        var crashing = folders(step -> {
            if (step.equals("loaded")) {
                throw new Crash(step);
            }
        });

        assertThatThrownBy(crashing::scanAll).isInstanceOf(Crash.class);
        assertThat(files.loaded).isEmpty();
        folders(Checkpoints.NONE).scanAll();

        assertThat(loads).as("one add before the crash, none after").hasValue(1);
        assertThat(files.loaded).containsExactly("c.torrent");
        assertThat(store.intents(MAIN)).isEmpty();
    }

    @Test
    void aCrashAfterTheIntentButBeforeTheAdd_addsTheFileOnceAfterARestart() {
        watching();
        var torrent = TestTorrent.unique("crash-before-add");
        drop("b.torrent", torrent.bytes());
        var crashing = folders(step -> {
            if (step.equals("intended")) {
                throw new Crash(step);
            }
        });

        assertThatThrownBy(crashing::scanAll).isInstanceOf(Crash.class);
        folders(Checkpoints.NONE).scanAll();

        assertThat(loads).hasValue(1);
        assertThat(rtorrent.all()).extracting(t -> t.hash()).containsExactly(torrent.hash());
        assertThat(files.loaded).containsExactly("b.torrent");
    }

    @Test
    void anUnreachableRtorrent_leavesTheFileWhereItIs_andItIsAddedOnceItIsBack() {
        var service = watching();
        var torrent = TestTorrent.unique("outage");
        drop("o.torrent", torrent.bytes());
        rtorrent.failWith(new ClientFailure.Unreachable("connection refused"));

        service.scanAll();
        assertThat(files.exists(DIR, "o.torrent")).isTrue();
        assertThat(service.folders(Principal.LOCAL).get(0).status().result())
                .startsWith("failed: rTorrent unreachable");
        service.scanAll();
        assertThat(loads).as("an unsettled intent holds further adds").hasValue(1);
        rtorrent.failWith(null);
        service.scanAll();

        assertThat(files.loaded).containsExactly("o.torrent");
        assertThat(rtorrent.all()).hasSize(1);
    }

    @Test
    void aDirectoryThatCannotBeWatched_isRefusedWithItsReason() {
        var service = folders(Checkpoints.NONE);

        assertThatThrownBy(() -> service.save(
                        Principal.LOCAL, new WatchFolder(MAIN, "/nowhere", Label.NONE, Optional.empty(), true, true)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("directory: /nowhere does not exist");
        assertThatThrownBy(() -> new WatchFolder(MAIN, "relative/dir", Label.NONE, Optional.empty(), true, true))
                .hasMessageContaining("directory: an absolute path");
        assertThatThrownBy(() -> new WatchFolder(MAIN, "/srv/../etc", Label.NONE, Optional.empty(), true, true))
                .hasMessageContaining("no '.' or '..'");
        assertThatThrownBy(() -> new WatchFolder(MAIN, "//", Label.NONE, Optional.empty(), true, true))
                .hasMessageContaining("not the root directory");
    }

    @Test
    void aTargetNotConfigured_isRefused_evenForAUserOfEveryTarget() {
        var service = folders(Checkpoints.NONE);

        assertThatThrownBy(() -> service.save(
                        Principal.LOCAL,
                        new WatchFolder(TargetName.of("nowhere"), DIR, Label.NONE, Optional.empty(), true, true)))
                .isInstanceOf(io.pyrotorrent.domain.model.UnknownTargetException.class);
    }

    @Test
    void aDisabledFolder_isNotScanned() {
        var service = folders(Checkpoints.NONE);
        service.save(Principal.LOCAL, new WatchFolder(MAIN, DIR, Label.NONE, Optional.empty(), true, false));
        drop("d.torrent", TestTorrent.unique("disabled").bytes());

        service.scanAll();

        assertThat(loads).hasValue(0);
        assertThat(files.exists(DIR, "d.torrent")).isTrue();
    }
}
