package io.pyrotorrent.domain.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.fake.FakeTorrent;
import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestClock;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A table too large for one reply is read whole in parts of a few fields, each its own round trip
 * with a bounded number of values, and the mirror serves only once every part is in.
 */
class PartedFillTest {

    private static final int TORRENTS = 12;
    /** 12 torrents x 35 fields do not fit 100 values: parts of 7 fields (8 values a row with the hash). */
    private static final int CELLS = 100;

    private static final Cadence SMALL_READS = Cadence.DEFAULT.withCellsPerRead(CELLS);

    private final InMemoryTorrentClient rtorrent = new InMemoryTorrentClient();
    private final RecordingClient client = new RecordingClient(rtorrent);
    private final TestClock clock = new TestClock();
    private final ManualScheduler scheduler = new ManualScheduler();
    private final TargetMirror mirror = new TargetMirror(client, TorrentFields.ALL, SMALL_READS, clock, scheduler);

    private void torrents(int n) {
        for (int i = 0; i < n; i++) {
            rtorrent.put(TestTorrent.single("parted-" + i).metainfo(), i % 3 == 0);
        }
    }

    /** rTorrent restarts and the next poll sees it: the one after reads everything again. */
    private void restartSeen() {
        rtorrent.restart(false);
        clock.advance(Cadence.POLL);
        mirror.poll();
        assertThat(mirror.view().stale()).isTrue();
    }

    @Test
    void aLargeTable_isReadInParts_eachWithinTheBound_andServedOnlyWhenWhole() {
        torrents(TORRENTS);
        mirror.poll(); // the first fill: the size is unknown, so one read of everything
        var watching = mirror.watch();
        clock.advance(Cadence.POLL);
        mirror.poll();
        assertThat(mirror.view().stale()).isFalse();
        assertThat(mirror.view().list()).containsExactlyElementsOf(FreshRead.of(rtorrent));

        // A restart makes the next read a full one; the table's size is known now.
        restartSeen();
        client.requests.clear();

        int parts = 0;
        do {
            clock.advance(Duration.ofMillis(10));
            assertThat(mirror.poll()).isTrue();
            parts++;
            Request sent = client.requests.get(client.requests.size() - 1);
            var main = RecordingClient.mainReads(sent);
            assertThat(main).hasSize(1);
            int fields = main.get(0).columns().fields().size();
            assertThat((long) fields * TORRENTS).as("values in part %d", parts).isLessThanOrEqualTo(CELLS);
            assertThat(main.get(0).columns().fields()).startsWith(TorrentFields.HASH);
        } while (mirror.view().stale() && parts < 40);

        assertThat(parts).as("round trips of the parted read").isEqualTo((TorrentFields.ALL.size() - 1 + 6) / 7);
        assertThat(mirror.view().list()).containsExactlyElementsOf(FreshRead.of(rtorrent));
        watching.close();
    }

    @Test
    void aFullReadThatFailed_isCutIntoParts_evenBeforeTheSizeIsKnown_andTheTickRunsThemBackToBack() {
        torrents(TORRENTS);
        var watching = mirror.watch();
        rtorrent.failWith(new ClientFailure.ProtocolError("reply too large for the memory set aside"));
        mirror.poll();
        assertThat(mirror.view().fault()).isPresent();
        rtorrent.failWith(null);

        client.requests.clear();
        clock.advance(Cadence.POLL);
        mirror.askPoll(); // the scheduler's "now" runs the tick, which sends every part in turn

        assertThat(client.requests).hasSizeGreaterThan(1);
        assertThat(client.requests)
                .allSatisfy(r -> assertThat(RecordingClient.mainReads(r)
                                .get(0)
                                .columns()
                                .fields()
                                .size())
                        .isLessThan(TorrentFields.ALL.size()));
        assertThat(mirror.view().stale()).isFalse();
        assertThat(mirror.view().fault()).isEmpty();
        assertThat(mirror.view().list()).containsExactlyElementsOf(FreshRead.of(rtorrent));
        watching.close();
    }

    @Test
    void aTorrentRemovedDuringTheParts_isNotKept() {
        torrents(TORRENTS);
        var again = mirror.watch();
        mirror.poll();
        restartSeen();

        clock.advance(Duration.ofMillis(10));
        mirror.poll(); // the first part
        assertThat(mirror.view().stale()).isTrue();
        var gone = FreshRead.of(rtorrent).get(0).get(TorrentFields.HASH);
        rtorrent.remove(gone);
        for (int i = 0; i < 40 && mirror.view().stale(); i++) {
            clock.advance(Duration.ofMillis(10));
            mirror.poll();
        }

        assertThat(mirror.view().rows()).doesNotContainKey(gone);
        assertThat(mirror.view().list()).containsExactlyElementsOf(FreshRead.of(rtorrent));
        again.close();
    }

    @Test
    void aCommandDuringTheParts_startsTheFillOver_soItsEffectIsNotOverwritten() {
        torrents(TORRENTS);
        var again = mirror.watch();
        mirror.poll();
        restartSeen();
        clock.advance(Duration.ofMillis(10));
        mirror.poll(); // the first part: every torrent's state as it was
        var started =
                rtorrent.all().stream().filter(FakeTorrent::started).findFirst().orElseThrow();

        mirror.run(List.of(new Command.Stop(started.hash())));
        for (int i = 0; i < 40 && mirror.view().stale(); i++) {
            clock.advance(Duration.ofMillis(10));
            mirror.poll();
        }

        assertThat(mirror.view().rows().get(started.hash()).get(TorrentFields.STATE))
                .as("stopped, as the command left it")
                .isFalse();
        assertThat(mirror.view().list()).containsExactlyElementsOf(FreshRead.of(rtorrent));
        again.close();
    }

    @Test
    void whileAFillInPartsIsUnderWay_aReaderWaitsForIt_ratherThanReadEveryTorrentLiveBesideIt() throws Exception {
        torrents(TORRENTS);
        var gate = new java.util.concurrent.Semaphore(0);
        var waiting = new java.util.concurrent.atomic.AtomicInteger();
        var gated = new java.util.concurrent.atomic.AtomicBoolean();
        io.pyrotorrent.domain.port.out.TorrentClient slow = request -> {
            if (gated.get()) {
                waiting.incrementAndGet();
                gate.acquireUninterruptibly();
            }
            return rtorrent.send(request);
        };
        var stalled = new ManualScheduler() {
            @Override
            public void now(Runnable task) {} // no poll of the reader's own: only the fill below
        };
        var parted = new TargetMirror(slow, TorrentFields.ALL, SMALL_READS, clock, stalled);
        var live = new RecordingClient(rtorrent);
        var reader = new MirroredTorrentClient(parted, live);
        // Learn the table's size, then a restart: the next full read goes in parts.
        var again = parted.watch();
        parted.poll();
        clock.advance(Cadence.POLL);
        parted.poll();
        rtorrent.restart(false);
        clock.advance(Cadence.POLL);
        parted.poll();
        gated.set(true);
        var threads = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var filling = threads.submit(() -> {
                do {
                    parted.poll();
                } while (parted.view().stale());
                return null;
            });
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (waiting.get() == 0 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            var read = threads.submit(
                    () -> reader.send(Request.of(TorrentListQuery.of(ViewName.MAIN, TorrentFields.ALL))));
            // The reader gives up on a fresh view after READ_WAIT; the parts come in after that.
            Thread.sleep(MirroredTorrentClient.READ_WAIT.toMillis() + 200);
            gate.release(1_000);
            var answer = read.get(30, java.util.concurrent.TimeUnit.SECONDS);
            filling.get(30, java.util.concurrent.TimeUnit.SECONDS);

            assertThat(answer.outcomes().get(0).orThrow()).isEqualTo(FreshRead.of(rtorrent));
            assertThat(live.requests)
                    .as("reads sent to rTorrent beside the fill")
                    .isEmpty();
        } finally {
            again.close();
            threads.shutdownNow();
        }
    }
}
