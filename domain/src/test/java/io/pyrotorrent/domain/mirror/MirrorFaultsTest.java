package io.pyrotorrent.domain.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestClock;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.Snapshot;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class MirrorFaultsTest {

    private final InMemoryTorrentClient rtorrent = new InMemoryTorrentClient();
    private final TestClock clock = new TestClock();
    private final TargetMirror mirror = TargetMirror.of(rtorrent, clock, new ManualScheduler());

    private MirrorView pollLater() {
        clock.advance(Cadence.DEFAULT.poll());
        mirror.poll();
        return mirror.view();
    }

    @Test
    void aRestartWithANewPid_isSeenOnTheNextPoll_andTheMirrorIsRebuiltOnTheOneAfter() {
        var kept = rtorrent.put(TestTorrent.single("kept").metainfo(), true);
        var lost = rtorrent.put(TestTorrent.single("lost").metainfo(), false);
        var watching = mirror.watch();
        mirror.poll();

        rtorrent.restart(false);
        rtorrent.remove(lost.hash()); // a session that lost a torrent, say

        assertThat(pollLater().stale()).isTrue();
        MirrorView rebuilt = pollLater();
        assertThat(rebuilt.stale()).isFalse();
        assertThat(rebuilt.rows()).containsOnlyKeys(kept.hash());
        assertThat(rebuilt.list()).containsExactlyElementsOf(FreshRead.of(rtorrent));
        watching.close();
    }

    @Test
    void aRestartThatKeepsThePid_isSeenByGlobalTotalsGoingDown() {
        rtorrent.put(TestTorrent.single("one").metainfo(), true);
        var watching = mirror.watch();
        rtorrent.addTraffic(1_000, 2_000);
        mirror.poll();
        rtorrent.addTraffic(10, 10);
        assertThat(pollLater().stale()).isFalse();

        rtorrent.restart(true);

        assertThat(pollLater().stale()).isTrue();
        assertThat(pollLater().stale()).isFalse();
        watching.close();
    }

    @Test
    void aTargetThatIsDown_showsItsLastFailure_andKeepsTheLastRowsMarkedStale() {
        var one = rtorrent.put(TestTorrent.single("one").metainfo(), true);
        var watching = mirror.watch();
        mirror.poll();
        var refused = new ClientFailure.Unreachable("connection refused");
        rtorrent.failWith(refused);

        MirrorView down = pollLater();
        MirrorView stillDown = pollLater();

        assertThat(stillDown.stale()).isTrue();
        assertThat(stillDown.rows()).containsOnlyKeys(one.hash());
        assertThat(stillDown.fault()).hasValueSatisfying(f -> {
            assertThat(f.failure()).isEqualTo(refused);
            assertThat(f.since()).isEqualTo(down.fault().orElseThrow().since());
            assertThat(f.last()).isAfter(f.since());
        });

        rtorrent.failWith(null);
        MirrorView back = pollLater();
        assertThat(back.fault()).isEmpty();
        assertThat(back.stale()).isFalse();
        watching.close();
    }

    @Test
    void aStalledPoll_neverBlocksAReader_whoGetsTheLastViewWithinTheBound() throws Exception {
        rtorrent.put(TestTorrent.single("one").metainfo(), true);
        var gate = new StallingClient(rtorrent);
        var executor = Executors.newScheduledThreadPool(2);
        var stalled = TargetMirror.of(gate, clock, MirrorScheduler.on(executor));
        try (var watching = stalled.watch()) {
            stalled.poll();
            MirrorView filled = stalled.view();
            gate.stall();
            var poller = executor.submit(stalled::poll);
            assertThat(gate.entered.await(10, TimeUnit.SECONDS)).isTrue();
            clock.advance(Duration.ofSeconds(30));

            long start = System.nanoTime();
            MirrorView read = stalled.read(Duration.ofSeconds(2), Duration.ofMillis(200));
            Duration waited = Duration.ofNanos(System.nanoTime() - start);

            assertThat(stalled.view()).isSameAs(filled);
            assertThat(read).isSameAs(filled);
            assertThat(waited).isBetween(Duration.ofMillis(150), Duration.ofSeconds(5));
            gate.release();
            assertThat(poller.get(10, TimeUnit.SECONDS)).isTrue();
        } finally {
            gate.release();
            executor.shutdownNow();
        }
    }

    /** A client whose calls hang once told to, as a stalled rTorrent's do, until released. */
    private static final class StallingClient implements TorrentClient {
        private final TorrentClient target;
        private final CountDownLatch released = new CountDownLatch(1);
        final CountDownLatch entered = new CountDownLatch(1);
        private volatile boolean stalling;

        StallingClient(TorrentClient target) {
            this.target = target;
        }

        void stall() {
            stalling = true;
        }

        void release() {
            released.countDown();
        }

        @Override
        public Snapshot send(Request request) {
            if (stalling) {
                entered.countDown();
                try {
                    released.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return target.send(request);
        }
    }
}
