package io.pyrotorrent.domain.mirror;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** A scheduler a test cranks by hand: "now" runs at once on the caller, "every" only records. */
class ManualScheduler implements MirrorScheduler {

    final List<Duration> periods = new ArrayList<>();
    int ranNow;

    @Override
    public void now(Runnable task) {
        ranNow++;
        task.run();
    }

    @Override
    public Lease every(Duration period, Runnable task) {
        periods.add(period);
        return () -> periods.remove(period);
    }
}
