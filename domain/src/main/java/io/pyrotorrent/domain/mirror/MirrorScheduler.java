package io.pyrotorrent.domain.mirror;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/** Where the mirror's polls run: a thread pool in the app, a hand-cranked queue in tests. */
public interface MirrorScheduler {

    /** Runs the task once, soon; in production never on the caller's thread. */
    void now(Runnable task);

    /** Runs the task every period (with a fixed delay between runs) until the lease is closed. */
    Lease every(Duration period, Runnable task);

    static MirrorScheduler on(ScheduledExecutorService executor) {
        return new MirrorScheduler() {
            @Override
            public void now(Runnable task) {
                executor.execute(task);
            }

            @Override
            public Lease every(Duration period, Runnable task) {
                var future = executor.scheduleWithFixedDelay(task, 0, period.toMillis(), TimeUnit.MILLISECONDS);
                return () -> future.cancel(false);
            }
        };
    }
}
