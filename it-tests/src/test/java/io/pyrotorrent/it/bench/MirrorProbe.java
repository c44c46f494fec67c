package io.pyrotorrent.it.bench;

import io.pyrotorrent.adapter.rtorrent.RtorrentClient;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.it.support.PyrotorrentProcess;
import io.pyrotorrent.it.support.RtorrentContainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the mirror's cost to rTorrent goes, apart: its own polls while one event stream watches
 * and nobody reads, then the same with page reads, each read's live round trips counted from
 * /metrics ({@code pyrotorrent_rtorrent_requests} counts the live ones, the mirror's polls are
 * counted apart). The benchmark's per-call CPU cannot tell the two apart: a poll running beside a
 * timed read is charged to the read. Not a test (its name does not match *IT): run by hand,
 * <pre>mvn -B -o verify -pl it-tests -am -Dtest=NONE -Dsurefire.failIfNoSpecifiedTests=false \
 *   -Dit.test=MirrorProbe -Dprobe.n=20000</pre>
 * and it prints its findings; -Dprobe.streams=N also opens N API event streams at once,
 * -Dprobe.jvmExtra="..." adds flags to pyroTorrent's (a heap dump on OutOfMemoryError, say),
 * -Dprobe.reads=N times N pages instead of 10 (with a flight recording in jvmExtra, a profile),
 * -Dprobe.legacy=N then N legacy torrentrequester answers of every row, back to back,
 * -Dprobe.browser=true measures the benchmark's browser numbers (-Dprobe.idle=true: after 95 s
 * without readers, as the benchmark does), -Dprobe.load=true runs the
 * benchmark's 100-client load and prints the end of pyroTorrent's output.
 */
@Timeout(value = 30, unit = TimeUnit.MINUTES)
class MirrorProbe {

    private static final Pattern LIVE = Pattern.compile(
            "^pyrotorrent_rtorrent_requests_total\\{[^}]*target=\"bench\"[^}]*} ([0-9.eE+]+)$", Pattern.MULTILINE);
    private static final Pattern POLLS = Pattern.compile(
            "^pyrotorrent_mirror_polls_total\\{[^}]*target=\"bench\"[^}]*} ([0-9.eE+]+)$", Pattern.MULTILINE);
    private static final Pattern POLL_SECONDS = Pattern.compile(
            "^pyrotorrent_mirror_poll_latency_seconds_sum\\{[^}]*target=\"bench\"[^}]*} ([0-9.eE+]+)$",
            Pattern.MULTILINE);

    @TempDir
    Path dir;

    @Test
    void probe() throws Exception {
        int n = Integer.getInteger("probe.n", 20_000);
        int window = Integer.getInteger("probe.window", 30);
        var facts = new LinkedHashMap<String, String>();
        var http = new BenchHttp();
        try (var rtorrent = RtorrentContainer.tcp()) {
            rtorrent.start();
            BenchRtorrent.load(rtorrent, n, facts);
            var cpu = new RtorrentCpu(rtorrent);
            facts.put("settling", cpu.settle(120));
            facts.put("idle rTorrent CPU s/min", fmt(cpu.perMinute(window)));
            var direct = RtorrentClient.connect(rtorrent.scgiTcpUrl(), BenchRtorrent.settings());
            for (String view : new String[] {"main", "active", "started"}) {
                var query = Request.of(TorrentListQuery.of(new ViewName(view), TorrentFields.HASH));
                double before = cpu.seconds();
                int rows = 0;
                for (int i = 0; i < 5; i++) {
                    rows = ((List<?>) direct.send(query).outcomes().get(0).orThrow()).size();
                }
                facts.put(
                        "d.multicall2 " + view + " d.hash= (direct): rows / rTorrent CPU ms per call",
                        rows + " / " + fmt((cpu.seconds() - before) * 1000 / 5));
            }
            // The pieces of one poll, each apart: what the cadences in Cadence are traded against.
            var state =
                    new java.util.ArrayList<io.pyrotorrent.domain.model.field.Field<?>>(List.of(TorrentFields.HASH));
            var changing =
                    new java.util.ArrayList<io.pyrotorrent.domain.model.field.Field<?>>(List.of(TorrentFields.HASH));
            for (var field : TorrentFields.ALL) {
                var kind = io.pyrotorrent.domain.mirror.ValueClass.of(field);
                if (kind == io.pyrotorrent.domain.mirror.ValueClass.STATE) {
                    state.add(field);
                }
                if (kind != io.pyrotorrent.domain.mirror.ValueClass.STATIC
                        && kind != io.pyrotorrent.domain.mirror.ValueClass.MEMBERSHIP) {
                    changing.add(field);
                }
            }
            var pieces = new LinkedHashMap<String, Request>();
            pieces.put(
                    "state read (" + state.size() + " fields of main)",
                    Request.of(TorrentListQuery.of(ViewName.MAIN, state)));
            pieces.put(
                    "sweep chunk (5 fields of main)",
                    Request.of(TorrentListQuery.of(ViewName.MAIN, TorrentFields.ALL.subList(0, 5))));
            pieces.put(
                    "transferring torrents (d.multicall.filtered main, " + changing.size() + " fields)",
                    Request.of(
                            io.pyrotorrent.domain.model.request.FilteredQuery.transferring(ViewName.MAIN, changing)));
            pieces.put(
                    "view sizes (5 views)",
                    Request.of(new io.pyrotorrent.domain.model.request.ViewSizesQuery(List.of(
                            ViewName.MAIN,
                            new ViewName("started"),
                            new ViewName("active"),
                            new ViewName("complete"),
                            new ViewName("hashing")))));
            for (var piece : pieces.entrySet()) {
                double before = cpu.seconds();
                for (int i = 0; i < 5; i++) {
                    direct.send(piece.getValue()).outcomes().get(0).orThrow();
                }
                facts.put(
                        piece.getKey() + ": rTorrent CPU ms per call (direct)",
                        fmt((cpu.seconds() - before) * 1000 / 5));
            }
            int port = PyrotorrentProcess.freePort();
            Path config = Files.writeString(dir.resolve("probe.yaml"), """
                    server:
                      host: 127.0.0.1
                      port: %d
                    targets:
                      - name: bench
                        url: %s
                        timeout: 60s
                    """.formatted(port, rtorrent.scgiTcpUrl()));
            var env = new HashMap<String, String>(
                    Map.of("_JAVA_OPTIONS", BenchmarkRun.JVM_FLAGS + " " + System.getProperty("probe.jvmExtra", "")));
            env.put("MALLOC_ARENA_MAX", BenchmarkRun.MALLOC_ARENA_MAX);
            try (var app = PyrotorrentProcess.start(dir, env, "--config", config.toString())) {
                String base = "http://127.0.0.1:" + port + "/";
                app.awaitOk(base + "health", Duration.ofSeconds(120));
                var first = http.get(base, true, Duration.ofSeconds(120));
                facts.put("first GET / (mirror empty)", String.format(Locale.ROOT, "%.0f ms", first.millis()));
                try (var stream = EventStreamClients.open(
                        base + "api/v1/targets/bench/events?fields=name,state", 1, Duration.ofSeconds(120))) {
                    Pacing.sleep(10_000);
                    var before = counters(http, base);
                    double watched = cpu.perMinute(window);
                    var after = counters(http, base);
                    facts.put("one event stream, no reads: rTorrent CPU s/min", fmt(watched));
                    facts.put("  mirror polls in the window", fmt(after[1] - before[1]));
                    facts.put(
                            "  mirror poll seconds (pyroTorrent's wall time) per poll",
                            fmt((after[2] - before[2]) / Math.max(1, after[1] - before[1])));
                    facts.put("  live round trips in the window", fmt(after[0] - before[0]));

                    int reads = Integer.getInteger("probe.reads", 10);
                    before = counters(http, base);
                    double cpuBefore = cpu.seconds();
                    double millis = 0;
                    for (int i = 0; i < reads; i++) {
                        var page = http.get(base, true, Duration.ofSeconds(120));
                        millis += page.millis();
                        Pacing.sleep(500);
                    }
                    double cpuUsed = cpu.seconds() - cpuBefore;
                    after = counters(http, base);
                    facts.put(reads + " x GET / (0.5 s apart): mean ms", fmt(millis / reads));
                    int legacy = Integer.getInteger("probe.legacy", 0);
                    double legacyMillis = 0;
                    for (int i = 0; i < legacy; i++) {
                        legacyMillis += http.postForm(
                                        base + "api", "request", Interleaved.legacyRequest(), Duration.ofSeconds(120))
                                .millis();
                    }
                    if (legacy > 0) {
                        facts.put(legacy + " x legacy torrentrequester, all rows: mean ms", fmt(legacyMillis / legacy));
                    }
                    facts.put("  live round trips for them", fmt(after[0] - before[0]));
                    facts.put("  mirror polls meanwhile", fmt(after[1] - before[1]));
                    facts.put("  rTorrent CPU s over the reads (polls included)", fmt(cpuUsed));
                    facts.put(
                            "/health",
                            http.get(base + "health", false, Duration.ofSeconds(30))
                                    .text());
                    String metrics = http.get(base + "metrics", false, Duration.ofSeconds(30))
                            .text();
                    metrics.lines()
                            .filter(l -> l.startsWith("pyrotorrent_mirror") || l.startsWith("pyrotorrent_rtorrent"))
                            .forEach(l -> Pacing.log("PROBE metric %s", l));
                }
                if (Boolean.getBoolean("probe.browser")) {
                    // #13's browser numbers (first paint, first-visit bytes, DOM rows while scrolling),
                    // after an idle spell as in the benchmark when -Dprobe.idle=true.
                    if (Boolean.getBoolean("probe.idle")) {
                        // The API stream's end is noticed at its second heartbeat (15 s apart), then a minute.
                        Pacing.log("waiting 95 s without readers: the mirror should stop polling");
                        Pacing.sleep(95_000);
                    }
                    BrowserNumbers.measure(base).forEach((k, v) -> facts.put("browser: " + k, v));
                }
                int streams = Integer.getInteger("probe.streams", 0);
                if (streams > 0) {
                    // The 100-client load opens this many API event streams first; each begins with a
                    // whole snapshot of the list. Does the process live through it?
                    try (var many = EventStreamClients.open(
                            base + "api/v1/targets/bench/events?fields=name,state", streams, Duration.ofSeconds(120))) {
                        facts.put(streams + " API event streams opened", "all had their first event");
                    } catch (Exception | AssertionError e) {
                        facts.put(streams + " API event streams opened", "failed: " + e);
                    }
                    facts.put(
                            "alive after the streams",
                            String.valueOf(app.handle().isAlive()));
                }
                if (Boolean.getBoolean("probe.load")) {
                    // The benchmark's 100-client load (with its event streams), on the probe's N.
                    try {
                        new CoalescingLoad(http).run(base, n, app).forEach((k, v) -> facts.put("load: " + k, v));
                    } catch (Exception | AssertionError e) {
                        facts.put("load", "failed: " + e);
                    }
                    facts.put(
                            "alive after the load", String.valueOf(app.handle().isAlive()));
                }
                String err = app.stderr() + app.stdout();
                err.lines().skip(Math.max(0, err.lines().count() - 40)).forEach(l -> Pacing.log("PROBE app %s", l));
            }
        }
        facts.forEach((k, v) -> Pacing.log("PROBE %s: %s", k, v));
    }

    private static double[] counters(BenchHttp http, String base) throws Exception {
        String text = http.get(base + "metrics", false, Duration.ofSeconds(10)).text();
        return new double[] {value(LIVE, text), value(POLLS, text), value(POLL_SECONDS, text)};
    }

    private static double value(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? Double.parseDouble(m.group(1)) : Double.NaN;
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
