package io.pyrotorrent.it.browser;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import org.openqa.selenium.WebDriverException;

/** "Poll a condition until a deadline": the only way the browser tests wait; no fixed sleep. */
final class DeadlinePoll {

    static final long POLL_MILLIS = 50;

    private DeadlinePoll() {}

    /**
     * Polls condition (every {@value #POLL_MILLIS} ms) until it gives something other than null or
     * {@code false}, and returns that; until the deadline. A WebDriverException inside the
     * condition (element missing, stale, ...) counts as "not yet". On timeout, an AssertionError
     * with what, the page as pageOnTimeout describes it (URL, title, screenshot),
     * and the last exception as its cause.
     */
    static <T> T until(String what, Supplier<T> condition, Duration timeout, Supplier<String> pageOnTimeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        WebDriverException last = null;
        while (true) {
            try {
                T value = condition.get();
                if (value != null && !Boolean.FALSE.equals(value)) {
                    return value;
                }
            } catch (WebDriverException notYet) {
                last = notYet;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            // A poll interval, not a guess at how long something takes; bounded by the deadline.
            LockSupport.parkNanos(Math.min(left, TimeUnit.MILLISECONDS.toNanos(POLL_MILLIS)));
            if (Thread.interrupted()) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting until " + what);
            }
        }
        var error = new AssertionError("Not within " + timeout + ": " + what + " (" + pageOnTimeout.get() + ")"
                + (last == null
                        ? ""
                        : "; last error: "
                                + last.getMessage().lines().findFirst().orElse("")));
        if (last != null) {
            error.initCause(last);
        }
        throw error;
    }
}
