package io.pyrotorrent.domain.fake;

import io.pyrotorrent.domain.mirror.Lease;
import io.pyrotorrent.domain.mirror.MirrorScheduler;
import java.time.Duration;

/** For a mirror whose test drives every poll itself: a poll a reader asks for runs at once, on the reader; nothing runs on a schedule. */
public final class DrivenScheduler implements MirrorScheduler {

    @Override
    public void now(Runnable task) {
        task.run();
    }

    @Override
    public Lease every(Duration period, Runnable task) {
        return () -> {};
    }
}
