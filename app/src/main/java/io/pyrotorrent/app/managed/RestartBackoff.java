package io.pyrotorrent.app.managed;

import java.time.Duration;
import java.util.Objects;

/**
 * How long to wait before restarting a crashed rTorrent: doubling from {@code first} up to
 * {@code max}, so a binary that crashes at once does not spin, and back to {@code first} once a
 * run lasted {@code stableAfter}, so one crash a week is not punished like a crash loop.
 * Not thread-safe: the supervisor calls it under its own lock.
 */
final class RestartBackoff {

    private final Duration first;
    private final Duration max;
    private final Duration stableAfter;
    private Duration next;

    RestartBackoff(Duration first, Duration max, Duration stableAfter) {
        this.first = Objects.requireNonNull(first, "first");
        this.max = Objects.requireNonNull(max, "max");
        this.stableAfter = Objects.requireNonNull(stableAfter, "stableAfter");
        this.next = first;
    }

    /** The delay before the next restart, given how long the run that just ended lasted. */
    Duration delayAfter(Duration uptime) {
        if (uptime.compareTo(stableAfter) >= 0) {
            next = first;
        }
        Duration delay = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(max) > 0 ? max : doubled;
        return delay;
    }
}
