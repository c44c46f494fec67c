package io.pyrotorrent.domain.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.domain.fake.FakeTorrent;
import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestClock;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.DownloadDirectory;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.field.FileFields;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.ClientQuery;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.FileListQuery;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.Snapshot;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.domain.service.OverviewService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MirroredTorrentClientTest {

    private static final List<String> DERIVED = List.of(
            "main", "default", "started", "stopped", "complete", "incomplete", "hashing", "seeding", "leeching");

    private final InMemoryTorrentClient rtorrent = new InMemoryTorrentClient();
    private final TestClock clock = new TestClock();
    private final TargetMirror mirror = TargetMirror.of(rtorrent, clock, new ManualScheduler());
    private final MirroredTorrentClient client = new MirroredTorrentClient(mirror, rtorrent);
    private FakeTorrent stopped;
    private FakeTorrent seeding;
    private FakeTorrent leeching;

    @BeforeEach
    void someTorrents() {
        stopped = rtorrent.put(TestTorrent.single("stopped").metainfo(), false);
        seeding = rtorrent.put(TestTorrent.single("seeding").metainfo(), true).complete(true);
        leeching = rtorrent.put(TestTorrent.single("leeching").metainfo(), true).rates(10, 2000);
    }

    private static Request list(String view) {
        return Request.of(TorrentListQuery.of(new ViewName(view), TorrentFields.HASH, TorrentFields.NAME));
    }

    private static List<Row> rows(Snapshot snapshot) {
        return snapshot.outcomes().get(0).orThrow() instanceof List<?> rows
                ? rows.stream().map(Row.class::cast).toList()
                : List.of();
    }

    @Test
    void everyDerivedView_answersWhatRtorrentWould_inViewOrder() {
        for (String view : DERIVED) {
            var request = Request.of(TorrentListQuery.of(new ViewName(view), TorrentFields.ALL));

            assertThat(rows(client.send(request))).as(view).isEqualTo(rows(rtorrent.send(request)));
        }
    }

    @Test
    void readsServedFromTheMirror_costRtorrentNothing() {
        client.send(list("main"));
        long afterFirstFill = rtorrent.roundTrips();

        for (int i = 0; i < 20; i++) {
            client.send(list(DERIVED.get(i % DERIVED.size())));
        }

        assertThat(afterFirstFill).isEqualTo(1);
        assertThat(rtorrent.roundTrips()).isEqualTo(afterFirstFill);
    }

    @Test
    void tenReadersWithDifferentViewsAndFields_costNoMoreThanOnePoll() {
        client.send(list("main"));
        clock.advance(MirroredTorrentClient.READ_MAX_AGE.plusSeconds(1));
        long before = rtorrent.roundTrips();

        for (int i = 0; i < 10; i++) {
            var fields = i % 2 == 0
                    ? List.of(TorrentFields.HASH, TorrentFields.UP_RATE)
                    : List.of(TorrentFields.NAME, TorrentFields.SIZE_BYTES, TorrentFields.LABEL);
            client.send(Request.of(TorrentListQuery.of(new ViewName(DERIVED.get(i % DERIVED.size())), fields)));
        }

        assertThat(rtorrent.roundTrips() - before).isEqualTo(1);
    }

    @Test
    void readersBetweenTwoPolls_shareOneAnswer_andAChangeGivesTheNextReadersANewOne() {
        var first = client.send(list("main")).outcomes().get(0).orThrow();
        var second = client.send(list("main")).outcomes().get(0).orThrow();
        var otherColumns = client.send(Request.of(TorrentListQuery.of(ViewName.MAIN, TorrentFields.HASH)))
                .outcomes()
                .get(0)
                .orThrow();

        client.send(Request.of(new Command.Stop(leeching.hash())));
        var afterTheChange = client.send(list("main")).outcomes().get(0).orThrow();

        assertThat(second).as("the same list object, projected once").isSameAs(first);
        assertThat(otherColumns).isNotSameAs(first);
        assertThat(afterTheChange).isNotSameAs(first);
        assertThat(rows(client.send(list("stopped"))))
                .extracting(r -> r.get(TorrentFields.HASH))
                .containsExactly(stopped.hash(), leeching.hash());
    }

    @Test
    void aPollThatChangedNothing_keepsTheSharedAnswer() {
        var first = client.send(list("main")).outcomes().get(0).orThrow();
        clock.advance(MirroredTorrentClient.READ_MAX_AGE.plusSeconds(1));

        var afterAnEmptyPoll = client.send(list("main")).outcomes().get(0).orThrow();

        assertThat(afterAnEmptyPoll).isSameAs(first);
    }

    @Test
    void aRequestMixingMirroredAndLiveSteps_costsOneRoundTrip_withEveryAnswerInPlace() {
        client.send(list("main"));
        long before = rtorrent.roundTrips();
        var steps = Request.builder();
        var version = steps.add(ClientQuery.of(ClientFields.CLIENT_VERSION));
        var rates = steps.add(ClientQuery.of(ClientFields.UP_RATE, ClientFields.DOWN_RATE));
        var torrents = steps.add(TorrentListQuery.of(ViewName.MAIN, TorrentFields.HASH));
        var files = steps.add(FileListQuery.of(seeding.hash(), FileFields.PATH));
        var request = steps.build();

        Snapshot answer = client.send(request);

        assertThat(rtorrent.roundTrips() - before).isEqualTo(1);
        Snapshot live = rtorrent.send(request);
        assertThat(answer.get(version)).isEqualTo(live.get(version));
        assertThat(answer.get(rates)).isEqualTo(live.get(rates));
        assertThat(answer.get(torrents)).isEqualTo(live.get(torrents));
        assertThat(answer.get(files)).isEqualTo(live.get(files));
    }

    @Test
    void theOverviewsClientValues_comeFromTheMirror_withTheList() {
        client.send(list("main"));
        long before = rtorrent.roundTrips();
        var steps = Request.builder();
        var status = steps.add(ClientQuery.of(OverviewService.CLIENT_FIELDS));
        steps.add(TorrentListQuery.of(ViewName.DEFAULT, TorrentFields.HASH));
        var request = steps.build();

        var answer = client.send(request);

        assertThat(rtorrent.roundTrips()).isEqualTo(before);
        assertThat(answer.get(status)).isEqualTo(rtorrent.send(request).get(status));
    }

    @Test
    void aRequestReadingNoMirroredList_goesLive_andDoesNotKeepTheMirrorPolling() {
        var health = Request.of(ClientQuery.of(ClientFields.CLIENT_VERSION, ClientFields.LIBRARY_VERSION));

        client.send(health);
        clock.advance(Duration.ofSeconds(1));

        assertThat(rtorrent.roundTrips()).isEqualTo(1);
        assertThat(mirror.poll())
                .as("nobody reads the mirror, so it does not poll")
                .isFalse();
    }

    @Test
    void aViewTheMirrorCannotDerive_isReadLive() {
        client.send(list("main"));
        long before = rtorrent.roundTrips();

        var answer = client.send(list("name"));

        assertThat(rtorrent.roundTrips() - before).isEqualTo(1);
        assertThat(rows(answer)).isEqualTo(rows(rtorrent.send(list("name"))));
    }

    @Test
    void aCommand_showsInTheNextRead_atOnce_andCostsOneRoundTrip() {
        client.send(list("main"));
        long before = rtorrent.roundTrips();

        client.send(Request.of(new Command.Stop(leeching.hash())));
        var stoppedNow = rows(client.send(list("stopped")));

        assertThat(rtorrent.roundTrips() - before).isEqualTo(1);
        assertThat(stoppedNow)
                .extracting(r -> r.get(TorrentFields.HASH))
                .containsExactly(stopped.hash(), leeching.hash());
    }

    @Test
    void aMovedTorrentsNewFolder_showsInTheNextRead_thoughTheFolderIsNotAValueThatMoves() {
        var fields = Request.of(TorrentListQuery.of(ViewName.MAIN, TorrentFields.HASH, TorrentFields.DIRECTORY));
        client.send(fields);

        client.send(Request.of(new Command.SetDirectory(seeding.hash(), DownloadDirectory.of("/elsewhere"), false)));
        var main = rows(client.send(fields));

        assertThat(main)
                .filteredOn(r -> r.get(TorrentFields.HASH).equals(seeding.hash()))
                .extracting(r -> r.get(TorrentFields.DIRECTORY))
                .containsExactly("/elsewhere");
    }

    @Test
    void aTorrentAddedThroughPyrotorrent_showsInTheNextRead() {
        client.send(list("main"));
        var added = TestTorrent.single("added");

        client.send(Request.of(Command.AddTorrent.of(added.source(), false)));
        var main = rows(client.send(list("main")));

        assertThat(main).extracting(r -> r.get(TorrentFields.HASH)).contains(added.hash());
    }

    @Test
    void withNobodyReadingForAMinute_theMirrorStopsPolling() {
        client.send(list("main"));
        long before = rtorrent.roundTrips();

        clock.advance(Cadence.DEFAULT.idleAfter().plusSeconds(1));
        boolean asked = mirror.poll();

        assertThat(asked).isFalse();
        assertThat(rtorrent.roundTrips()).isEqualTo(before);
    }

    @Test
    void afterAnIdleSpell_aPageThatAcceptsKeptRows_isAnsweredAtOnceFromThem_markedWithTheirAge() {
        var asked = new ArrayList<Runnable>();
        var queued = new ManualScheduler() {
            @Override
            public void now(Runnable task) {
                asked.add(task); // the resume read, still running on rTorrent
            }
        };
        var resting = TargetMirror.of(rtorrent, clock, queued);
        var page = new MirroredTorrentClient(resting, rtorrent);
        resting.touch();
        resting.poll();
        assertThat(resting.resting()).as("polling while watched").isFalse();
        var lastPoll = clock.instant();
        clock.advance(Cadence.DEFAULT.idleAfter().plusSeconds(1));
        resting.poll(); // nobody watched: the mirror rests
        assertThat(resting.resting()).as("resting after an idle spell").isTrue();
        leeching.rates(77, 7700);
        long before = rtorrent.roundTrips();

        Snapshot kept = page.send(rates().acceptingKept());

        assertThat(rtorrent.roundTrips() - before)
                .as("round trips before the answer")
                .isZero();
        assertThat(kept.keptFrom()).contains(lastPoll);
        assertThat(downRate(kept, leeching)).isEqualTo(2000);
        assertThat(asked).as("the resume read was asked for").hasSize(1);

        asked.remove(0).run();
        assertThat(resting.resting()).as("the resume read ends the rest").isFalse();
        Snapshot current = page.send(rates().acceptingKept());

        assertThat(current.keptFrom()).isEmpty();
        assertThat(downRate(current, leeching)).isEqualTo(7700);
    }

    @Test
    void afterAnIdleSpell_aReaderThatDoesNotAcceptKeptRows_getsCurrentValues() {
        client.send(list("main"));
        clock.advance(Cadence.DEFAULT.idleAfter().plusSeconds(1));
        mirror.poll();
        leeching.rates(77, 7700);

        Snapshot answer = client.send(rates());

        assertThat(answer.keptFrom()).isEmpty();
        assertThat(downRate(answer, leeching)).isEqualTo(7700);
    }

    @Test
    void whileWatched_aPageThatAcceptsKeptRows_getsCurrentValues_unmarked() {
        client.send(list("main"));
        leeching.rates(77, 7700);
        clock.advance(Cadence.POLL);
        mirror.poll();

        Snapshot answer = client.send(rates().acceptingKept());

        assertThat(answer.keptFrom()).isEmpty();
        assertThat(downRate(answer, leeching)).isEqualTo(7700);
    }

    @Test
    void aReaderOfAViewTooOld_waitsForThePoll_andTheWaitIsCounted() {
        client.send(list("main"));
        leeching.rates(77, 7700);
        clock.advance(MirroredTorrentClient.READ_MAX_AGE.plusSeconds(1));
        long before = client.served().count(ServedReads.How.AFTER_POLL); // the first fill's read waited too

        Snapshot answer = client.send(rates());

        assertThat(downRate(answer, leeching)).isEqualTo(7700);
        assertThat(client.served().count(ServedReads.How.AFTER_POLL) - before).isEqualTo(1);
        assertThat(client.served().waitedSeconds()).isPositive();
    }

    private static Request rates() {
        return Request.of(TorrentListQuery.of(ViewName.MAIN, TorrentFields.HASH, TorrentFields.DOWN_RATE));
    }

    private static long downRate(Snapshot snapshot, FakeTorrent torrent) {
        return rows(snapshot).stream()
                .filter(r -> r.get(TorrentFields.HASH).equals(torrent.hash()))
                .findFirst()
                .orElseThrow()
                .get(TorrentFields.DOWN_RATE);
    }

    @Test
    void afterARestart_theNextReadsShowTheRebuiltSession() {
        client.send(list("main"));
        rtorrent.restart(false);
        rtorrent.remove(stopped.hash());

        clock.advance(Duration.ofSeconds(5));
        client.send(list("main"));
        clock.advance(Duration.ofSeconds(5));
        var request = Request.of(TorrentListQuery.of(ViewName.MAIN, TorrentFields.ALL));
        var answer = rows(client.send(request));

        assertThat(answer).isEqualTo(rows(rtorrent.send(request)));
    }

    @Test
    void aDownTarget_answersItsOwnFailure_asWithoutTheMirror() {
        client.send(list("main"));
        var down = new ClientFailure.Unreachable("connection refused");
        rtorrent.failWith(down);
        clock.advance(Duration.ofSeconds(5));

        assertThatThrownBy(() -> client.send(list("main")))
                .isInstanceOfSatisfying(
                        TorrentClientException.class,
                        e -> assertThat(e.failure()).isEqualTo(down));
        assertThatThrownBy(() -> client.send(Request.of(ClientQuery.of(ClientFields.UP_RATE))))
                .isInstanceOfSatisfying(
                        TorrentClientException.class,
                        e -> assertThat(e.failure()).isEqualTo(down));
    }

    @Test
    void whilePollsRunLate_aReaderIsServedTheMirrorsView_ratherThanQueueAFullReadBehindThem() {
        var late = new ManualScheduler() {
            @Override
            public void now(Runnable task) {
                // the poll is still running on a busy rTorrent
            }
        };
        var lateMirror = TargetMirror.of(rtorrent, clock, late);
        var reader = new MirroredTorrentClient(lateMirror, rtorrent);
        lateMirror.touch();
        lateMirror.poll();
        clock.advance(MirroredTorrentClient.READ_MAX_AGE.plusSeconds(1));
        long before = rtorrent.roundTrips();

        var answer = rows(reader.send(list("main")));

        assertThat(rtorrent.roundTrips() - before).isZero();
        assertThat(answer).hasSize(3);
    }

    @Test
    void whenNoPollArrivesWithinTheWait_aReaderAsksRtorrentItself_ratherThanServeOldValues() {
        var stalled = new ManualScheduler() {
            @Override
            public void now(Runnable task) {
                // a poll that never comes back, as with a stalled rTorrent
            }
        };
        var stalledMirror = TargetMirror.of(rtorrent, clock, stalled);
        var reader = new MirroredTorrentClient(stalledMirror, rtorrent);
        stalledMirror.touch();
        stalledMirror.poll();
        clock.advance(MirroredTorrentClient.LATE_POLL_MAX_AGE.plusSeconds(1));
        long before = rtorrent.roundTrips();

        var answer = rows(reader.send(list("main")));

        assertThat(rtorrent.roundTrips() - before).isEqualTo(1);
        assertThat(answer).hasSize(3);
    }

    @Test
    void aTargetThatComesBack_isServedAgainOnTheNextRead() {
        client.send(list("main"));
        rtorrent.failWith(new ClientFailure.Unreachable("connection refused"));
        clock.advance(Duration.ofSeconds(5));
        assertThatThrownBy(() -> client.send(list("main"))).isInstanceOf(TorrentClientException.class);

        rtorrent.failWith(null);
        var answer = rows(client.send(list("main")));

        assertThat(answer).hasSize(3);
    }
}
