package io.pyrotorrent.it.bench;

import java.util.Locale;

/** The benchmark's pace and voice: every measured request spaced past the coalescing cache. */
final class Pacing {

    /** Longer than CoalescingTorrentClient's 500 ms, so a measured read never comes from its cache. */
    static final long SPACING_MS = 550;

    private Pacing() {}

    /** Waits {@link #SPACING_MS}: the gap is the measurement's design, not a guess at a duration. */
    static void spaced() {
        sleep(SPACING_MS);
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[bench] " + format + "%n", args);
    }
}
