package io.pyrotorrent.it.bench;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * One pyroTorrent watching window set beside an idle window taken just before it, on the same
 * rTorrent with pyroTorrent running and its mirror stopped. With 200 torrents transferring,
 * rTorrent's own CPU drifts over a run (an idle window at the end of a run read 0.3-0.9 s/min
 * below the one at its start, several times what one window costs): a single idle figure from
 * the start of the run is no baseline for a window ten minutes later.
 *
 * @param label what watched
 * @param idle rTorrent's CPU seconds per minute in the idle window (nobody watching, no poll)
 * @param watched rTorrent's CPU seconds per minute in the watching window
 * @param idlePolls how long the mirror took to stop, and its polls in the idle window (none)
 * @param settle how the mirror came back before the watching window: its polls and the time
 * @param watchedPolls the mirror's polls in the watching window
 * @param idleAfter rTorrent's CPU seconds per minute in the next idle window after this one (the next
 *     window's idle minute; after the last, one taken for it), NaN where none was taken
 */
record PairedWindow(
        String label,
        double idle,
        double watched,
        String idlePolls,
        String settle,
        String watchedPolls,
        double idleAfter) {

    /** The mirror stops polling no sooner than 60 s (Cadence.IDLE_AFTER) after its last reader. */
    private static final long IDLE_AFTER_MS = 60_000;

    /**
     * A stream whose browser went away is noticed when a write to it fails (a heartbeat every 5 s;
     * the first write after the close may still succeed), so the mirror stops some time after 60 s
     * from a browser's close: waited for, not assumed (65 s was too short in the 12:52 run).
     */
    private static final Duration STOP_DEADLINE = Duration.ofSeconds(240);

    /** More than two poll periods (Cadence.POLL, 1.5 s) with no poll: the mirror has stopped. */
    private static final long STILL_MS = 4_000;

    /** Longest wait for the mirror's first ordinary poll after a tab comes back (measured: 3-8 s). */
    private static final Duration SETTLE_DEADLINE = Duration.ofSeconds(90);

    /** What a window does before its browser closes (the rates measurement, say). */
    interface Then {
        void accept(BenchBrowser browser) throws Exception;
    }

    double above() {
        return watched - idle;
    }

    /**
     * Above the mean of the idle minutes before and after: the transfers' own CPU drifts by up to
     * 1.2 s/min between two idle minutes of a run (2026-12-07 23:34: 1.76 at the start, 2.89 before
     * the 300 s window), so one idle minute can flatter or darken a long window by more than it costs.
     */
    double aboveBoth() {
        return watched - (idle + idleAfter) / 2;
    }

    PairedWindow withIdleAfter(double after) {
        return new PairedWindow(label, idle, watched, idlePolls, settle, watchedPolls, after);
    }

    /** Each window's idle minute after it: the next one's idle minute, and for the last, {@code last}. */
    static List<PairedWindow> withIdleAfter(List<PairedWindow> windows, double last) {
        var out = new java.util.ArrayList<PairedWindow>();
        for (int i = 0; i < windows.size(); i++) {
            out.add(windows.get(i)
                    .withIdleAfter(i + 1 < windows.size() ? windows.get(i + 1).idle() : last));
        }
        return out;
    }

    /**
     * Quiet, then the idle window, then the URLs opened in one browser; once the mirror is back to
     * its ordinary polls (its catch-up after an idle spell is a first visit's cost, not watching's)
     * the watching window of the same length.
     */
    static PairedWindow measure(
            String label, RtorrentCpu cpu, double seconds, BenchHttp http, String base, List<String> urls, Then then)
            throws Exception {
        return measure(label, cpu, seconds, seconds, http, base, urls, then);
    }

    /**
     * The same with a watching window of its own length: a minute right after the mirror resumes
     * holds none of its slow reads (the resume made them), a few minutes hold a state read and
     * sweep chunks at their own cadence, as a tab left open does. Both are per minute.
     */
    static PairedWindow measure(
            String label,
            RtorrentCpu cpu,
            double seconds,
            double watchedSeconds,
            BenchHttp http,
            String base,
            List<String> urls,
            Then then)
            throws Exception {
        Pacing.log("%s: until the mirror stops, %.0f s idle, then %.0f s watched", label, seconds, watchedSeconds);
        long since = System.nanoTime();
        var quiet = awaitStopped(http, base);
        String stopped = String.format(Locale.ROOT, "stopped after %.0f s; ", (System.nanoTime() - since) / 1e9);
        double idle = cpu.perMinute(seconds);
        var idleEnd = MirrorReads.of(http, base, BenchmarkRun.TARGET);
        try (var browser = new BenchBrowser(1400, 900)) {
            long opened = System.nanoTime();
            browser.open(urls);
            var back = awaitOrdinaryPoll(http, base, idleEnd);
            String settle =
                    String.format(Locale.ROOT, "%.1f s: %s", (System.nanoTime() - opened) / 1e9, back.since(idleEnd));
            double watched = cpu.perMinute(watchedSeconds);
            var end = MirrorReads.of(http, base, BenchmarkRun.TARGET);
            then.accept(browser);
            return new PairedWindow(
                    label, idle, watched, stopped + idleEnd.since(quiet), settle, end.since(back), Double.NaN);
        }
    }

    /** At least 60 s, then deadline poll of /metrics until no poll was made for {@link #STILL_MS}. */
    static MirrorReads awaitStopped(BenchHttp http, String base) throws Exception {
        Pacing.sleep(IDLE_AFTER_MS);
        long deadline = System.nanoTime() + STOP_DEADLINE.toNanos();
        var last = MirrorReads.of(http, base, BenchmarkRun.TARGET);
        while (true) {
            Pacing.sleep(STILL_MS);
            var now = MirrorReads.of(http, base, BenchmarkRun.TARGET);
            if (now.counts().equals(last.counts()) || System.nanoTime() > deadline) {
                return now;
            }
            last = now;
        }
    }

    /** Deadline poll of /metrics until a poll that read nothing of the main view has been made. */
    private static MirrorReads awaitOrdinaryPoll(BenchHttp http, String base, MirrorReads before) throws Exception {
        long deadline = System.nanoTime() + SETTLE_DEADLINE.toNanos();
        while (true) {
            var now = MirrorReads.of(http, base, BenchmarkRun.TARGET);
            if (now.counts().getOrDefault("none", 0.0) > before.counts().getOrDefault("none", 0.0)
                    || System.nanoTime() > deadline) {
                return now;
            }
            Pacing.sleep(250);
        }
    }
}
