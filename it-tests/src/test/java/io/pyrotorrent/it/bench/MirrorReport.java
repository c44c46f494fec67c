package io.pyrotorrent.it.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * benchmarks/results.md and benchmarks/summary.csv, rewritten after every step, so a run cut short
 * still leaves everything it measured.
 */
final class MirrorReport {

    private final Path out;
    private final List<String> lines = new ArrayList<>();
    private final List<String> csv =
            new ArrayList<>(List.of("n,rtorrent,rpc,what,median_ms,p95_ms,x_floor,rtorrent_cpu_ms_per_call,bytes"));

    MirrorReport(Path out) {
        this.out = out;
    }

    void heading(String text) {
        lines.add("");
        lines.add(text);
        lines.add("");
        flush();
    }

    void text(String text) {
        lines.add(text);
        flush();
    }

    void facts(Map<String, String> facts) {
        lines.add("| fact | value |");
        lines.add("|---|---|");
        facts.forEach((k, v) -> lines.add("| " + k + " | " + v + " |"));
        flush();
    }

    /** One interleaved run: every measure with its ratio to the floor and to Flood. */
    void latency(int n, String rtorrent, String rpc, Map<String, Interleaved.Measure> measures) {
        double floor = measures.get("floor").wall().median();
        var flood = measures.get("flood");
        lines.add("| what | median ms | p95 ms | x floor | Flood / this | rTorrent CPU ms per call (median) | bytes |");
        lines.add("|---|---:|---:|---:|---:|---:|---:|");
        measures.forEach((key, m) -> {
            double median = m.wall().median();
            lines.add(String.format(
                    Locale.ROOT,
                    "| %s | %.1f | %.1f | %.3f | %s | %.0f | %,d |",
                    m.label(),
                    median,
                    m.wall().p95(),
                    median / floor,
                    flood == null
                            ? "-"
                            : String.format(Locale.ROOT, "%.1f", flood.wall().median() / median),
                    m.rtorrentCpuMs().median(),
                    m.bytes()[0]));
            csv.add(String.format(
                    Locale.ROOT,
                    "%d,%s,%s,%s,%.2f,%.2f,%.4f,%.0f,%d",
                    n,
                    rtorrent,
                    rpc,
                    key,
                    median,
                    m.wall().p95(),
                    median / floor,
                    m.rtorrentCpuMs().median(),
                    m.bytes()[0]));
        });
        flush();
    }

    void cpuTable(Map<String, Double> perMinute, double idle) {
        lines.add("| who is watching | rTorrent CPU s/min | above idle |");
        lines.add("|---|---:|---:|");
        perMinute.forEach((k, v) -> lines.add(String.format(Locale.ROOT, "| %s | %.2f | %+.2f |", k, v, v - idle)));
        flush();
    }

    /**
     * The pyroTorrent windows, each against the idle window just before it; that idle window
     * (pyroTorrent running, nobody watching) against rTorrent alone at the start of the run.
     */
    void pairedCpuTable(List<PairedWindow> windows, double aloneAtStart) {
        lines.add("| pyroTorrent watching | idle just before (nobody watching; against rTorrent alone at the start)"
                + " | watching | **above that idle** | idle after | above the mean of both"
                + " | the mirror back from idle | the mirror's polls while watching |");
        lines.add("|---|---:|---:|---:|---:|---:|---|---|");
        for (var w : windows) {
            lines.add(String.format(
                    Locale.ROOT,
                    "| %s | %.2f s/min (%+.2f; %s) | %.2f s/min | **%+.2f** | %.2f s/min | %+.2f | %s | %s |",
                    w.label(),
                    w.idle(),
                    w.idle() - aloneAtStart,
                    w.idlePolls(),
                    w.watched(),
                    w.above(),
                    w.idleAfter(),
                    w.aboveBoth(),
                    w.settle(),
                    w.watchedPolls()));
        }
        flush();
    }

    private void flush() {
        try {
            Files.createDirectories(out);
            Files.write(out.resolve("results.md"), lines);
            Files.write(out.resolve("summary.csv"), csv);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
