package io.pyrotorrent.app.wiring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RtorrentCallPoolTest {

    @Test
    void givenEveryThreadBusy_aFurtherTask_runsInTheSubmittingThreadInsteadOfWaiting() throws Exception {
        var pool = RtorrentCallPool.create(1, Thread::new);
        var release = new CountDownLatch(1);
        var started = new CountDownLatch(RtorrentCallPool.THREADS_PER_TARGET);
        List<CompletableFuture<Void>> busy = new ArrayList<>();
        try {
            for (int i = 0; i < RtorrentCallPool.THREADS_PER_TARGET; i++) {
                busy.add(CompletableFuture.runAsync(
                        () -> {
                            started.countDown();
                            await(release);
                        },
                        pool));
            }
            assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();

            Thread caller = Thread.currentThread();
            Thread ranIn =
                    CompletableFuture.supplyAsync(Thread::currentThread, pool).join();

            assertThat(ranIn).isSameAs(caller);
            assertThat(((ThreadPoolExecutor) pool).getPoolSize()).isEqualTo(RtorrentCallPool.THREADS_PER_TARGET);
        } finally {
            release.countDown();
            busy.forEach(CompletableFuture::join);
            pool.shutdownNow();
        }
    }

    @Test
    void givenThreeTargets_thePoolAllowsFourThreadsForEach() {
        var pool = (ThreadPoolExecutor) RtorrentCallPool.create(3, Thread::new);

        assertThat(pool.getMaximumPoolSize()).isEqualTo(3 * RtorrentCallPool.THREADS_PER_TARGET);
        pool.shutdownNow();
    }

    @Test
    void afterShutdown_aTaskIsRefusedRatherThanDroppedSilently() {
        var pool = RtorrentCallPool.create(1, Thread::new);
        pool.shutdownNow();

        assertThatThrownBy(() -> CompletableFuture.runAsync(() -> {}, pool))
                .isInstanceOf(RejectedExecutionException.class);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
