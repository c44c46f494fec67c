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
 * @param idlePolls the mirror's polls in the idle window (none, when nobody watches)
 * @param settle how the mirror came back before the watching window: its polls and the time
 * @param watchedPolls the mirror's polls in the watching window
 */
record PairedWindow(String label, double idle, double watched, String idlePolls, String settle, String watchedPolls) {

    /** The mirror stops polling 60 s (Cadence.IDLE_AFTER) after its last reader: 5 s more. */
    static final long QUIET_MS = 65_000;

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
     * Quiet, then the idle window, then the URLs opened in one browser; once the mirror is back to
     * its ordinary polls (its catch-up after an idle spell is a first visit's cost, not watching's)
     * the watching window of the same length.
     */
    static PairedWindow measure(
            String label, RtorrentCpu cpu, double seconds, BenchHttp http, String base, List<String> urls, Then then)
            throws Exception {
        Pacing.log(
                "%s: %d s without readers, %.0f s idle, then %.0f s watched", label, QUIET_MS / 1000, seconds, seconds);
        Pacing.sleep(QUIET_MS);
        var quiet = MirrorReads.of(http, base, BenchmarkRun.TARGET);
        double idle = cpu.perMinute(seconds);
        var idleEnd = MirrorReads.of(http, base, BenchmarkRun.TARGET);
        try (var browser = new BenchBrowser(1400, 900)) {
            long opened = System.nanoTime();
            browser.open(urls);
            var back = awaitOrdinaryPoll(http, base, idleEnd);
            String settle =
                    String.format(Locale.ROOT, "%.1f s: %s", (System.nanoTime() - opened) / 1e9, back.since(idleEnd));
            double watched = cpu.perMinute(seconds);
            var end = MirrorReads.of(http, base, BenchmarkRun.TARGET);
            then.accept(browser);
            return new PairedWindow(label, idle, watched, idleEnd.since(quiet), settle, end.since(back));
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
