package io.pyrotorrent.app.wiring;

import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The threads that ask several targets at once (overview, health, status, legacy batches). A task
 * only waits on its own rTorrent call, never on another task of this pool, so a cap cannot
 * deadlock. When every thread is busy the submitting request thread runs the task itself instead
 * of queueing it: a stalled target can then never hold up another target's work behind it in a
 * queue, and the number of threads stays bounded (an unbounded cached pool grew one thread per
 * waiting request: each costs a stack and buys nothing on the 2-4 cores of a seedbox).
 */
final class RtorrentCallPool {

    /** Threads per configured target: parallel fan-out to several instances, a few calls each. */
    static final int THREADS_PER_TARGET = 4;

    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(60);

    private RtorrentCallPool() {}

    static ExecutorService create(int targets, ThreadFactory threads) {
        int max = THREADS_PER_TARGET * Math.max(1, targets);
        return new ThreadPoolExecutor(
                0,
                max,
                IDLE_TIMEOUT.toSeconds(),
                TimeUnit.SECONDS,
                new SynchronousQueue<>(),
                threads,
                RtorrentCallPool::runInCaller);
    }

    /** Like CallerRunsPolicy, but refuses after shutdown: a silently dropped task would hang its join. */
    private static void runInCaller(Runnable task, ThreadPoolExecutor pool) {
        if (pool.isShutdown()) {
            throw new RejectedExecutionException("pyroTorrent is stopping");
        }
        task.run();
    }
}
