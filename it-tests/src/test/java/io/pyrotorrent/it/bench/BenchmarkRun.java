package io.pyrotorrent.it.bench;

import io.pyrotorrent.adapter.rtorrent.RtorrentClient;
import io.pyrotorrent.it.support.PyrotorrentProcess;
import io.pyrotorrent.it.support.RtorrentContainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark of issues #12 (the mirror) and #18 (0.16, JSON-RPC); not part of the test command
 * (its name does not match failsafe's *IT pattern; it-tests/bin/run-benchmark runs it by name).
 *
 * <p>For each N: a real rTorrent 0.9.8 with N tiny paused torrents, the real jar with
 * ./pyrotorrent's JVM flags and Flood 4.11 on the same rTorrent. Interleaved rounds time the raw
 * floor, the overview, the REST list, the legacy API and Flood's list; then rTorrent's CPU seconds
 * per minute with one Chromium window, ten tabs (other views, filters, sorts) and one window again,
 * each beside an idle window with nobody watching taken just before it ({@link PairedWindow}), and
 * one Flood window; the browser numbers of #13; at benchmark.coalesceAt the 100-client load.
 * Then rTorrent 0.16 with the same N, pyroTorrent over XML-RPC and over JSON-RPC in turn.
 *
 * <p>System properties: benchmark.sizes (5000,20000), benchmark.runs (15), benchmark.warmup (3),
 * benchmark.jitWarmup (500 untimed pyroTorrent pages before the rounds),
 * benchmark.window (60 s per CPU window), benchmark.longWindow (300 s: one tab left open; 0 = skip), benchmark.coalesceAt (20000; 0 = skip), benchmark.flood
 * (the flood executable), benchmark.matrix (true), benchmark.out, benchmark.jfr, benchmark.jvmFlags.
 */
@Timeout(value = 3, unit = TimeUnit.HOURS)
class BenchmarkRun {

    static final String TARGET = "bench";
    /** What ./pyrotorrent runs the JVM with (its JAVA_OPTS default). */
    static final String JVM_FLAGS = io.pyrotorrent.it.support.LauncherFlags.JAVA_OPTS;

    /** What ./pyrotorrent exports unless set: at most 2 glibc malloc arenas (default 8 per core). */
    static final String MALLOC_ARENA_MAX = "2";

    /** Ten windows, each another view, filter or sort of the overview. */
    static final List<String> TEN_VIEWS = List.of(
            "",
            "view/main?sort=name&order=desc",
            "view/main?sort=size_bytes",
            "view/main?sort=ratio&order=desc",
            "view/main?q=bench-1",
            "view/main?q=bench-2&sort=name",
            "view/main?status=stopped",
            "view/main?status=active",
            "view/stopped",
            "view/complete?sort=up_rate&order=desc");

    @TempDir
    Path dir;

    private Path out;
    private String jvmFlags;
    /** Seconds of the last window, a tab left open (0 = none). */
    private int longWindow;

    private boolean jfr;
    private int runs;
    private int warmup;
    /** Untimed overview pages (a fifth as many REST lists, a fiftieth legacy) before the rounds. */
    private int jitWarmup;

    private double window;
    private MirrorReport report;

    @Test
    void run() throws Exception {
        List<Integer> sizes = Arrays.stream(
                        System.getProperty("benchmark.sizes", "5000,20000").split(","))
                .map(String::strip)
                .map(Integer::parseInt)
                .toList();
        runs = Integer.getInteger("benchmark.runs", 15);
        warmup = Integer.getInteger("benchmark.warmup", 3);
        jitWarmup = Integer.getInteger("benchmark.jitWarmup", 500);
        window = Integer.getInteger("benchmark.window", 60);
        longWindow = Integer.getInteger("benchmark.longWindow", 300);
        int coalesceAt = Integer.getInteger("benchmark.coalesceAt", 20000);
        boolean matrix = Boolean.parseBoolean(System.getProperty("benchmark.matrix", "true"));
        out = Path.of(System.getProperty("benchmark.out", "../benchmarks"))
                .toAbsolutePath()
                .normalize();
        Files.createDirectories(out);
        jfr = Boolean.getBoolean("benchmark.jfr");
        jvmFlags = System.getProperty("benchmark.jvmFlags", JVM_FLAGS);
        report = new MirrorReport(out);
        var machine = MachineFacts.machine();
        machine.put("pyroTorrent JVM flags", jvmFlags);
        machine.put("flood", FloodProcess.executable().map(Path::toString).orElse("not installed: skipped"));
        machine.put(
                "timed rounds / warm-up rounds",
                runs + " / " + warmup + ", after " + jitWarmup + " untimed pyroTorrent pages (JIT warm-up)");
        machine.put("CPU window", window + " s");
        report.heading("# Benchmark results (written by BenchmarkRun)");
        report.facts(machine);
        for (int n : sizes) {
            primary(n, n == coalesceAt);
            if (matrix) {
                version016(n);
            }
        }
        report.heading("Load average at the end: " + MachineFacts.loadAverage());
        Pacing.log("results in %s", out);
    }

    /** rTorrent 0.9.8 over XML-RPC: everything, Flood beside it. */
    private void primary(int n, boolean load100) throws Exception {
        Pacing.log("=== N = %,d, rTorrent 0.9.8, XML-RPC ===", n);
        report.heading("## " + String.format("%,d", n) + " torrents, rTorrent 0.9.8, XML-RPC");
        var facts = new LinkedHashMap<String, String>();
        facts.put("load average before", MachineFacts.loadAverage());
        boolean transfer = Boolean.parseBoolean(System.getProperty("benchmark.transfer", "true"));
        var seeds = transfer ? Seeding.seeds() : List.<Seeding.Seed>of();
        try (var rtorrent = RtorrentContainer.tcp()) {
            Seeding.prepare(rtorrent, seeds);
            rtorrent.start();
            var torrents = BenchRtorrent.load(rtorrent, n - seeds.size(), facts);
            if (transfer) {
                Seeding.start(rtorrent, seeds, facts);
            }
            var cpu = new RtorrentCpu(rtorrent);
            var perMinute = new LinkedHashMap<String, Double>();
            facts.put("rTorrent settling after the load", cpu.settle(120));
            double idle = cpu.perMinute(window / 2);
            perMinute.put("rTorrent alone (idle)", idle);
            try (var app = startApp(n, rtorrent, "xmlrpc", "098")) {
                String base = app.base;
                var http = new BenchHttp();
                var flood = FloodProcess.executable().isPresent()
                        ? FloodProcess.start(FloodProcess.executable().get(), dir.resolve("flood-" + n), port(rtorrent))
                        : null;
                try {
                    perMinute.put(
                            "the first " + (int) (window / 2)
                                    + " s after pyroTorrent and Flood started, nobody reading",
                            cpu.perMinute(window / 2));
                    var interleaved = new Interleaved();
                    var cold = interleaved.warmUp(base, jitWarmup);
                    var beforeRounds = MirrorReads.of(http, base, TARGET);
                    var measures = interleaved.run(
                            n, rtorrent.scgiTcpUrl(), RtorrentClient.Rpc.XMLRPC, base, flood, cpu, runs, warmup);
                    double floor = measures.get("floor").wall().median();
                    facts.put(
                            "pyroTorrent just started (JIT cold): its first " + Interleaved.COLD_PAGES
                                    + " overview pages, back to back, before " + jitWarmup
                                    + " untimed ones and the rounds",
                            String.format(
                                    Locale.ROOT,
                                    "median %.1f ms (%.3fx the floor below), max %.1f ms",
                                    cold.median(),
                                    cold.median() / floor,
                                    cold.max()));
                    facts.put(
                            "interleaved rounds: how the mirror served reads, and its polls",
                            MirrorReads.of(http, base, TARGET).since(beforeRounds));
                    report.text("Interleaved rounds (" + runs + " timed after " + warmup + " warm-up), load average "
                            + MachineFacts.loadAverage() + ":");
                    report.text("");
                    report.latency(n, "0.9.8", "xmlrpc", measures);
                    report.text("");
                    // Each pyroTorrent window beside an idle one just before it (see PairedWindow):
                    // one window, ten tabs, one window again, so the target is measured twice a run.
                    var paired = new ArrayList<PairedWindow>();
                    paired.add(PairedWindow.measure(
                            "one pyroTorrent overview window", cpu, window, http, base, List.of(base), browser -> {
                                if (transfer) {
                                    var seed = seeds.get(7);
                                    String[] fastest = RateFreshness.fastest(
                                            rtorrent.scgiAddress(),
                                            new String[] {seed.hash().hex(), seed.name()});
                                    facts.put(
                                            "rates on the page against rTorrent's (one window, " + (int) (window / 2)
                                                    + " s)",
                                            RateFreshness.measure(
                                                    browser,
                                                    base,
                                                    rtorrent.scgiAddress(),
                                                    io.pyrotorrent.domain.model.InfoHash.of(fastest[0]),
                                                    fastest[1],
                                                    (int) (window / 2)));
                                }
                            }));
                    paired.add(PairedWindow.measure(
                            "ten pyroTorrent tabs (other views, filters, sorts; one shown)",
                            cpu,
                            window,
                            http,
                            base,
                            TEN_VIEWS.stream().map(v -> base + v).toList(),
                            browser -> {}));
                    paired.add(PairedWindow.measure(
                            "one pyroTorrent overview window, again",
                            cpu,
                            window,
                            http,
                            base,
                            List.of(base),
                            browser -> {}));
                    if (longWindow > 0) {
                        paired.add(PairedWindow.measure(
                                "one pyroTorrent overview window left open " + longWindow
                                        + " s (its state read and sweep chunks inside)",
                                cpu,
                                window,
                                longWindow,
                                http,
                                base,
                                List.of(base),
                                browser -> {}));
                    }
                    // The idle minute after the last window: the mirror stopped again, nobody watching.
                    PairedWindow.awaitStopped(http, base);
                    double idleAfterLast = cpu.perMinute(window);
                    report.pairedCpuTable(PairedWindow.withIdleAfter(paired, idleAfterLast), idle);
                    report.text("");
                    if (flood != null) {
                        try (var browser = new BenchBrowser(1400, 900)) {
                            browser.open(List.of(flood.base() + "/"));
                            perMinute.put("one Flood window", cpu.perMinute(window));
                        }
                        facts.put("Flood VmHWM", ProcessMemory.mb(flood.rssKb()));
                        flood.close();
                        flood = null;
                    }
                    report.cpuTable(perMinute, idle);
                    report.text("");
                    // The browser numbers of #13 are a first visit after an idle spell: the mirror stopped.
                    long quiet = System.nanoTime();
                    PairedWindow.awaitStopped(http, base);
                    facts.put(
                            "before the first visit below: the mirror stopped polling after",
                            String.format(Locale.ROOT, "%.0f s without readers", (System.nanoTime() - quiet) / 1e9));
                    if (transfer) {
                        // The mirror stopped, the transfers still going: what each part of its poll costs now.
                        facts.putAll(PollParts.measure(
                                rtorrent.scgiTcpUrl(), cpu, seeds.get(7).hash()));
                        PairedWindow.awaitStopped(http, base);
                    }
                    facts.putAll(BrowserNumbers.measure(base));
                    facts.put(
                            "pyroTorrent VmHWM after the timed runs and windows",
                            ProcessMemory.mb(ProcessMemory.procStatusKb(app.process, "VmHWM")));
                    if (load100) {
                        try {
                            var coalescing = new CoalescingLoad(new BenchHttp()).run(base, n, app.process);
                            coalescing.forEach((k, v) -> facts.put("100 clients: " + k, v));
                            facts.put(
                                    "100 clients: pyroTorrent VmHWM (peak RSS) after the load",
                                    ProcessMemory.mb(ProcessMemory.procStatusKb(app.process, "VmHWM")));
                        } catch (Exception | AssertionError e) {
                            // The numbers measured before the load stand; the report says the load failed, and why.
                            String said = (app.process.stderr() + app.process.stdout()).strip();
                            facts.put(
                                    "100 clients: FAILED",
                                    e + "; pyroTorrent's last line: "
                                            + said.lines().reduce((a, b) -> b).orElse("(nothing)"));
                        }
                    }
                } catch (Exception | AssertionError e) {
                    // Keep what pyroTorrent said: a run that fails or ends the process must say why.
                    String said = app.process.stderr() + app.process.stdout();
                    said.lines()
                            .skip(Math.max(0, said.lines().count() - 60))
                            .forEach(l -> Pacing.log("pyroTorrent: %s", l));
                    throw e;
                } finally {
                    if (flood != null) {
                        flood.close();
                    }
                }
            }
            facts.put("rTorrent VmRSS", ProcessMemory.rtorrentRss(rtorrent));
            facts.put("first torrent", torrents.get(0).hash().hex());
        }
        facts.put("load average after", MachineFacts.loadAverage());
        report.facts(facts);
    }

    /** rTorrent 0.16 with the same N: pyroTorrent over XML-RPC, then over JSON-RPC, on one rTorrent. */
    private void version016(int n) throws Exception {
        Pacing.log("=== N = %,d, rTorrent 0.16 ===", n);
        report.heading("## " + String.format("%,d", n) + " torrents, rTorrent 0.16");
        var facts = new LinkedHashMap<String, String>();
        facts.put("load average before", MachineFacts.loadAverage());
        try (var rtorrent = RtorrentContainer.tcp(RtorrentContainer.IMAGE_0_16)) {
            rtorrent.start();
            BenchRtorrent.load(rtorrent, n, facts);
            var cpu = new RtorrentCpu(rtorrent);
            var perMinute = new LinkedHashMap<String, Double>();
            facts.put("rTorrent settling after the load", cpu.settle(120));
            double idle = cpu.perMinute(window / 2);
            perMinute.put("rTorrent alone (idle)", idle);
            for (var rpc : List.of(RtorrentClient.Rpc.XMLRPC, RtorrentClient.Rpc.JSONRPC)) {
                String name = rpc.name().toLowerCase(java.util.Locale.ROOT);
                try (var app = startApp(n, rtorrent, name, "016-" + name)) {
                    var interleaved = new Interleaved();
                    interleaved.warmUp(app.base, jitWarmup);
                    var measures = interleaved.run(n, rtorrent.scgiTcpUrl(), rpc, app.base, null, cpu, runs, warmup);
                    report.text("pyroTorrent over " + rpc + ", interleaved rounds, load average "
                            + MachineFacts.loadAverage() + ":");
                    report.text("");
                    report.latency(n, "0.16", name, measures);
                    report.text("");
                    try (var browser = new BenchBrowser(1400, 900)) {
                        browser.open(List.of(app.base));
                        perMinute.put("one pyroTorrent overview window, " + rpc, cpu.perMinute(window / 2));
                    }
                }
            }
            report.cpuTable(perMinute, idle);
        }
        facts.put("load average after", MachineFacts.loadAverage());
        report.facts(facts);
    }

    private static int port(RtorrentContainer rtorrent) {
        return Integer.parseInt(rtorrent.scgiTcpUrl().toString().replaceAll(".*:", ""));
    }

    /** The jar, as its own process, with ./pyrotorrent's flags, one target. */
    private App startApp(int n, RtorrentContainer rtorrent, String rpc, String tag) throws Exception {
        int port = PyrotorrentProcess.freePort();
        Path config = Files.writeString(dir.resolve("bench-" + n + "-" + tag + ".yaml"), """
                server:
                  host: 127.0.0.1
                  port: %d
                targets:
                  - name: %s
                    url: %s
                    timeout: 60s
                    rpc: %s
                """.formatted(
                        port, TARGET, rtorrent.scgiTcpUrl(), rpc));
        String flags = jvmFlags
                + (jfr
                        ? " -XX:StartFlightRecording=filename=" + out.resolve("profile-" + n + "-" + tag + ".jfr")
                                + ",settings=profile,dumponexit=true"
                        : "");
        // _JAVA_OPTIONS, unlike JDK_JAVA_OPTIONS, comes after the command line: these flags win.
        var env = new HashMap<String, String>(Map.of("_JAVA_OPTIONS", flags));
        env.put("MALLOC_ARENA_MAX", MALLOC_ARENA_MAX);
        var process = PyrotorrentProcess.start(dir, env, "--config", config.toString());
        String base = "http://127.0.0.1:" + port + "/";
        try {
            process.awaitOk(base + "health", Duration.ofSeconds(120));
        } catch (Exception | AssertionError e) {
            process.close();
            throw e;
        }
        return new App(process, base);
    }

    private record App(PyrotorrentProcess process, String base) implements AutoCloseable {
        @Override
        public void close() {
            process.terminate(Duration.ofSeconds(30));
        }
    }
}
