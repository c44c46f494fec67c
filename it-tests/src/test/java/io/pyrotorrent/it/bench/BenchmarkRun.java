package io.pyrotorrent.it.bench;

import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.InfoHash;
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
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark (not part of the test command: its name does not match failsafe's *IT pattern;
 * it-tests/bin/run-benchmark runs it by name). For each N it starts a real rTorrent with N tiny
 * paused torrents and the real jar with ./pyrotorrent's JVM flags, then times, after warm-up and
 * with every request spaced past the 500 ms coalescing cache so each one really asks rTorrent:
 * the raw floor (the same XML-RPC call, straight over SCGI, wire time only), the JSON list, the
 * legacy API, the HTML overview and a torrent page. It counts rTorrent calls per request from
 * /metrics, reads the JVM's peak RSS, and at one N runs 100 concurrent pollers for coalescing.
 *
 * <p>System properties: benchmark.sizes (1000,5000,20000), benchmark.runs (30),
 * benchmark.warmup (10), benchmark.coalesceAt (5000; 0 = skip), benchmark.coalesceClients (100),
 * benchmark.coalesceStreams (20 event-stream clients on top), benchmark.coalesceSeconds (60), benchmark.out (../benchmarks), benchmark.jfr (false: true
 * records a JFR profile of pyroTorrent per N into the output directory), benchmark.jvmFlags
 * (./pyrotorrent's defaults: to try other heap or GC settings).
 */
@Timeout(value = 3, unit = TimeUnit.HOURS)
class BenchmarkRun {

    static final String TARGET = "bench";
    /** What ./pyrotorrent runs the JVM with (its JAVA_OPTS default). */
    static final String JVM_FLAGS =
            "-Xms32m -Xmx112m -XX:+UseSerialGC -XX:MaxMetaspaceSize=96m -Xss512k -XX:ReservedCodeCacheSize=48m"
                    + " -XX:TrimNativeHeapInterval=1000 -XX:+ExitOnOutOfMemoryError";

    /** What ./pyrotorrent exports unless set: at most 2 glibc malloc arenas (default 8 per core). */
    static final String MALLOC_ARENA_MAX = "2";

    private final BenchHttp http = new BenchHttp();

    @TempDir
    Path dir;

    @Test
    void run() throws Exception {
        List<Integer> sizes = Arrays.stream(
                        System.getProperty("benchmark.sizes", "1000,5000,20000").split(","))
                .map(String::strip)
                .map(Integer::parseInt)
                .toList();
        int runs = Integer.getInteger("benchmark.runs", 30);
        int warmup = Integer.getInteger("benchmark.warmup", 10);
        int coalesceAt = Integer.getInteger("benchmark.coalesceAt", 5000);
        Path out = Path.of(System.getProperty("benchmark.out", "../benchmarks"))
                .toAbsolutePath()
                .normalize();
        Files.createDirectories(out);
        boolean jfr = Boolean.getBoolean("benchmark.jfr");
        String jvmFlags = System.getProperty("benchmark.jvmFlags", JVM_FLAGS);

        var results = new ArrayList<SizeResult>();
        Map<String, String> coalescing = null;
        var report = new Report(out, runs, warmup);
        var machine = MachineFacts.machine();
        if (!jvmFlags.equals(JVM_FLAGS)) {
            machine.put("pyroTorrent JVM flags", jvmFlags + " (benchmark.jvmFlags, NOT ./pyrotorrent's defaults)");
        }
        String mallocArenaMax = System.getProperty("benchmark.mallocArenaMax", MALLOC_ARENA_MAX);
        machine.put(
                "pyroTorrent environment",
                "MALLOC_ARENA_MAX=" + mallocArenaMax
                        + (mallocArenaMax.equals(MALLOC_ARENA_MAX)
                                ? " (./pyrotorrent's default)"
                                : " (benchmark.mallocArenaMax)"));
        if (jfr) {
            machine.put("profiling", "JFR on (settings=profile): latencies include its overhead");
        }
        report.started(machine, sizes);
        for (int n : sizes) {
            Pacing.log("=== N = %,d ===", n);
            var result = new SizeResult(n, new ArrayList<>(), new LinkedHashMap<>());
            String loadBefore = MachineFacts.loadAverage();
            try (var rtorrent = RtorrentContainer.tcp()) {
                rtorrent.start();
                List<TestTorrent> torrents = BenchRtorrent.load(rtorrent, n, result.notes());
                int port = PyrotorrentProcess.freePort();
                Path config = Files.writeString(
                        dir.resolve("bench-" + n + ".yaml"), """
                        server:
                          host: 127.0.0.1
                          port: %d
                        targets:
                          - name: %s
                            url: %s
                            timeout: 60s
                        """.formatted(port, TARGET, rtorrent.scgiTcpUrl()));
                String flags = jvmFlags
                        + (jfr
                                ? " -XX:StartFlightRecording=filename=" + out.resolve("profile-" + n + ".jfr")
                                        + ",settings=profile,dumponexit=true"
                                : "");
                // _JAVA_OPTIONS, unlike JDK_JAVA_OPTIONS, comes after the command line, so these flags
                // win over the -Xmx112m PyrotorrentProcess puts there (-Xmx in JDK_JAVA_OPTIONS lost).
                var env = new HashMap<String, String>(Map.of("_JAVA_OPTIONS", flags));
                env.put("MALLOC_ARENA_MAX", mallocArenaMax);
                try (var app = PyrotorrentProcess.start(dir, env, "--config", config.toString())) {
                    String base = "http://127.0.0.1:" + port + "/";
                    app.awaitOk(base + "health", Duration.ofSeconds(120));
                    measure(result, rtorrent, torrents.get(0).hash(), base, runs, warmup);
                    result.notes()
                            .put(
                                    "pyroTorrent VmHWM (peak RSS) after the timed runs",
                                    ProcessMemory.mb(ProcessMemory.procStatusKb(app, "VmHWM")));
                    result.notes()
                            .put(
                                    "pyroTorrent VmRSS after the timed runs",
                                    ProcessMemory.mb(ProcessMemory.procStatusKb(app, "VmRSS")));
                    result.notes().put("rTorrent VmRSS", ProcessMemory.rtorrentRss(rtorrent));
                    if (n == coalesceAt) {
                        coalescing = new CoalescingLoad(http).run(base, n, app);
                        coalescing.put(
                                "pyroTorrent VmHWM (peak RSS) after the load",
                                ProcessMemory.mb(ProcessMemory.procStatusKb(app, "VmHWM")));
                        coalescing.put(
                                "pyroTorrent VmRSS after the load",
                                ProcessMemory.mb(ProcessMemory.procStatusKb(app, "VmRSS")));
                        ProcessMemory.nativeMemory(app, out.resolve("native-memory-" + n + ".txt"));
                    }
                    result.notes()
                            .put(
                                    "pyroTorrent VmHWM at the end",
                                    ProcessMemory.mb(ProcessMemory.procStatusKb(app, "VmHWM")));
                    int exit = app.terminate(Duration.ofSeconds(30));
                    result.notes().put("pyroTorrent exit code on SIGTERM", Integer.toString(exit));
                }
            }
            result.notes()
                    .put(
                            "machine load average (1/5/15 min) before / after this N; 2 cores: above ~1.5 means"
                                    + " something else competed for the CPU",
                            loadBefore + " / " + MachineFacts.loadAverage());
            results.add(result);
            report.size(result);
            Pacing.log("N = %,d done: %s", n, result.notes());
        }
        if (coalescing != null) {
            report.coalescing(coalesceAt, coalescing);
        }
        report.flood(MachineFacts.floodNote());
        report.finish(results);
        Pacing.log("results in %s", out);
    }

    /** Everything timed at one N, in the report's order: the floors first, then pyroTorrent's answers. */
    private void measure(
            SizeResult result, RtorrentContainer rtorrent, InfoHash hash, String base, int runs, int warmup)
            throws Exception {
        RawFloors.measure(result, rtorrent, hash, runs, warmup);
        new TimedRequests(http).measure(result, hash, base, runs, warmup);
        new PageWeight(http).measure(result, base);
        result.notes().putAll(DecodeCost.measure(rtorrent.scgiAddress(), result.n(), Math.min(runs, 10), 3));
    }
}
