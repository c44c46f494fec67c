package io.pyrotorrent.domain.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.fake.FakeTorrent;
import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestClock;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * After an idle spell, a table too large for one reply (20,000 torrents take five) is made current
 * in ONE round trip: every torrent's hash, status flags, message and rates, beside the transferring
 * torrents' moving values. The rest of the state (labels, priorities...) follows in the next poll,
 * byte totals of torrents that moved while nobody watched within a poll per catch-up read after
 * it; nothing is read in parts before the first page can be served.
 */
class MirrorResumeTest {

    private static final int TORRENTS = 12;
    /** 12 torrents x 35 fields do not fit 100 values: a full read goes in parts. */
    private static final int CELLS = 100;

    private static final Cadence SMALL_READS = Cadence.DEFAULT.withCellsPerRead(CELLS);

    private final InMemoryTorrentClient rtorrent = new InMemoryTorrentClient();
    private final RecordingClient client = new RecordingClient(rtorrent);
    private final TestClock clock = new TestClock();
    private final TargetMirror mirror =
            new TargetMirror(client, TorrentFields.ALL, SMALL_READS, clock, new ManualScheduler());
    private final List<FakeTorrent> torrents = new ArrayList<>();

    /** Fills the mirror, then lets it go idle: polls stop sending anything. */
    private void filledThenIdle() {
        for (int i = 0; i < TORRENTS; i++) {
            torrents.add(rtorrent.put(TestTorrent.single("resumed-" + i).metainfo(), i % 2 == 0));
        }
        torrents.get(0).rates(100, 200).totals(1_000, 2_000);
        var watching = mirror.watch();
        for (int i = 0; i < 40 && mirror.view().stale(); i++) {
            clock.advance(Duration.ofMillis(10));
            mirror.poll();
        }
        clock.advance(Cadence.POLL);
        mirror.poll();
        assertThat(mirror.view().list()).containsExactlyElementsOf(FreshRead.of(rtorrent));
        watching.close();
        clock.advance(Cadence.IDLE_AFTER.plus(Cadence.POLL));
        long before = rtorrent.roundTrips();
        assertThat(mirror.poll()).isFalse();
        clock.advance(Cadence.POLL);
        assertThat(mirror.poll()).isFalse();
        assertThat(rtorrent.roundTrips()).isEqualTo(before);
    }

    @Test
    void theFirstReadAfterAnIdleSpell_isOneRoundTrip_withMembershipStatusesMessagesAndRatesCurrent() {
        filledThenIdle();
        Instant idleFrom = clock.instant();
        FakeTorrent busy = torrents.get(0).rates(0, 0).totals(5_000, 6_000);
        FakeTorrent stopped = torrents.get(2);
        rtorrent.send(Request.of(new Command.Stop(stopped.hash())));
        FakeTorrent labelled = torrents.get(3).label(new Label("linux")).message("Tracker: unregistered torrent");
        FakeTorrent removed = torrents.get(5);
        rtorrent.remove(removed.hash());
        long before = rtorrent.roundTrips();

        MirrorView view = mirror.read(Cadence.POLL, Duration.ofSeconds(1));

        assertThat(rtorrent.roundTrips())
                .as("round trips before the first page")
                .isEqualTo(before + 1);
        assertThat(RecordingClient.mainReads(client.last()))
                .singleElement()
                .satisfies(q -> assertThat(q.columns().fields())
                        .contains(TorrentFields.HASH, TorrentFields.STATE, TorrentFields.MESSAGE, TorrentFields.UP_RATE)
                        .doesNotContain(TorrentFields.NAME, TorrentFields.UP_TOTAL, TorrentFields.LABEL));
        assertThat(view.freshFor(Cadence.POLL, clock.instant())).isTrue();
        assertThat(view.rows().get(stopped.hash()).get(TorrentFields.STATE)).isFalse();
        assertThat(view.rows().get(labelled.hash()).get(TorrentFields.MESSAGE)).contains("unregistered");
        assertThat(view.rows()).doesNotContainKey(removed.hash());
        assertThat(view.rows().get(busy.hash()).get(TorrentFields.UP_RATE))
                .as("a torrent that stopped transferring while nobody watched")
                .isZero();
        assertThat(view.asOf().get(ValueClass.STATIC))
                .as("static values are as old as the last sweep, and say so")
                .isBefore(idleFrom);
        assertThat(view.asOf().get(ValueClass.STATE))
                .as("labels and the rest of the state are not read yet, and it says so")
                .isBefore(idleFrom);
    }

    @Test
    void theRestOfTheStateThatChangedWhileNobodyWatched_isReadInThePollAfterTheResume() {
        filledThenIdle();
        FakeTorrent labelled = torrents.get(3).label(new Label("linux"));
        mirror.read(Cadence.POLL, Duration.ofSeconds(1));

        clock.advance(Cadence.POLL);
        mirror.poll();

        assertThat(RecordingClient.mainReads(client.last()))
                .singleElement()
                .satisfies(q -> assertThat(q.columns().fields()).contains(TorrentFields.LABEL, TorrentFields.PRIORITY));
        MirrorView view = mirror.view();
        assertThat(view.rows().get(labelled.hash()).get(TorrentFields.LABEL)).isEqualTo(new Label("linux"));
        assertThat(view.asOf().get(ValueClass.STATE)).isEqualTo(clock.instant());
    }

    @Test
    void byteTotalsThatMovedWhileNobodyWatched_catchUpInTheNextPolls_eachReadWithinTheBound() {
        filledThenIdle();
        FakeTorrent busy = torrents.get(0).rates(0, 0).totals(5_000, 6_000);
        FakeTorrent meanwhile = torrents.get(4).totals(70, 80).peers(3, 1);
        mirror.read(Cadence.POLL, Duration.ofSeconds(1));
        clock.advance(Cadence.POLL);
        mirror.poll(); // the rest of the state (see the test above), as the regular state read is
        client.requests.clear();

        int polls = 0;
        while (!mirror.view().list().equals(FreshRead.of(rtorrent)) && polls < 5) {
            clock.advance(Cadence.POLL);
            mirror.poll();
            polls++;
            for (TorrentListQuery read : RecordingClient.mainReads(client.last())) {
                assertThat((long) read.columns().fields().size()
                                * mirror.view().rows().size())
                        .as("values in catch-up read %d", polls)
                        .isLessThanOrEqualTo(CELLS);
            }
        }

        assertThat(mirror.view().list()).containsExactlyElementsOf(FreshRead.of(rtorrent));
        assertThat(polls)
                .as("polls to catch up: the state, then the moving values")
                .isBetween(2, 3);
        assertThat(mirror.view().rows().get(busy.hash()).get(TorrentFields.UP_TOTAL))
                .isEqualTo(5_000);
        assertThat(mirror.view().rows().get(meanwhile.hash()).get(TorrentFields.PEERS_CONNECTED))
                .isEqualTo(3);
    }

    @Test
    void aTorrentAddedWhileNobodyWatched_showsWholeOnThePollAfterTheResume() {
        filledThenIdle();
        FakeTorrent added = rtorrent.put(TestTorrent.single("added-meanwhile").metainfo(), true);

        mirror.read(Cadence.POLL, Duration.ofSeconds(1));
        clock.advance(Cadence.POLL);
        mirror.poll();

        assertThat(mirror.view().rows().get(added.hash()).get(TorrentFields.NAME))
                .isEqualTo("added-meanwhile");
    }

    @Test
    void aRestartWhileNobodyWatched_isSeenByTheResume_andEverythingIsReadAgain() {
        filledThenIdle();
        rtorrent.restart(false);
        torrents.get(1).rename("renamed across the restart");

        MirrorView first = mirror.read(Cadence.POLL, Duration.ofSeconds(1));
        assertThat(first.stale())
                .as("a restarted rTorrent's rows are not served as ours")
                .isTrue();
        var watching = mirror.watch();
        for (int i = 0; i < 40 && mirror.view().stale(); i++) {
            clock.advance(Duration.ofMillis(10));
            mirror.poll();
        }

        assertThat(mirror.view().list()).containsExactlyElementsOf(FreshRead.of(rtorrent));
        watching.close();
    }

    @Test
    void whileAResumeIsUnderWay_aReaderWaitsForIt_ratherThanReadEveryTorrentLiveBesideIt() throws Exception {
        var gate = new java.util.concurrent.Semaphore(0);
        var gated = new java.util.concurrent.atomic.AtomicBoolean();
        var waiting = new java.util.concurrent.atomic.AtomicInteger();
        io.pyrotorrent.domain.port.out.TorrentClient slow = request -> {
            if (gated.get()) {
                waiting.incrementAndGet();
                gate.acquireUninterruptibly();
            }
            return rtorrent.send(request);
        };
        var threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        var resumed = new TargetMirror(slow, TorrentFields.ALL, SMALL_READS, clock, new ManualScheduler() {
            @Override
            public void now(Runnable task) {
                threads.submit(task); // the reader's poll, on a thread of its own as in production
            }
        });
        var live = new RecordingClient(rtorrent);
        var reader = new MirroredTorrentClient(resumed, live);
        for (int i = 0; i < TORRENTS; i++) {
            rtorrent.put(TestTorrent.single("waited-" + i).metainfo(), i % 2 == 0);
        }
        var watching = resumed.watch();
        for (int i = 0; i < 40 && resumed.view().stale(); i++) {
            clock.advance(Duration.ofMillis(10));
            resumed.poll();
        }
        watching.close();
        clock.advance(Cadence.IDLE_AFTER.plus(Cadence.POLL));
        assertThat(resumed.poll()).isFalse();
        gated.set(true);
        try {
            var read = threads.submit(
                    () -> reader.send(Request.of(TorrentListQuery.of(ViewName.MAIN, TorrentFields.ALL))));
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (waiting.get() == 0 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(waiting.get()).as("the resume poll reached rTorrent").isEqualTo(1);
            // Past the reader's own wait for a fresh view (READ_WAIT), it must still not go live.
            long past = System.nanoTime()
                    + MirroredTorrentClient.READ_WAIT.plusMillis(300).toNanos();
            while (System.nanoTime() < past) {
                assertThat(live.requests)
                        .as("reads sent to rTorrent beside the resume")
                        .isEmpty();
                Thread.onSpinWait();
            }
            gated.set(false);
            gate.release(10);
            var answer = read.get(30, java.util.concurrent.TimeUnit.SECONDS);

            assertThat(answer.outcomes().get(0).orThrow()).isEqualTo(FreshRead.of(rtorrent));
            assertThat(live.requests)
                    .as("reads sent to rTorrent beside the resume")
                    .isEmpty();
        } finally {
            gate.release(10);
            threads.shutdownNow();
        }
    }
}
