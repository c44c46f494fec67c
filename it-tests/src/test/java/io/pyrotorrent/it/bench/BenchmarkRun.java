package io.pyrotorrent.it.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pyrotorrent.adapter.rtorrent.RtorrentClient;
import io.pyrotorrent.adapter.rtorrent.transport.RoundTrip;
import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.FileFields;
import io.pyrotorrent.domain.model.field.PeerFields;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.field.TrackerFields;
import io.pyrotorrent.domain.model.listing.Listing;
import io.pyrotorrent.domain.model.request.ClientQuery;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.FileListQuery;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.PeerListQuery;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.domain.model.request.TorrentQuery;
import io.pyrotorrent.domain.model.request.TrackerListQuery;
import io.pyrotorrent.domain.service.OverviewService;
import io.pyrotorrent.it.support.PyrotorrentProcess;
import io.pyrotorrent.it.support.RtorrentContainer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
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

    /** The overview's columns (web-adapter's TorrentLine.FIELDS); the listing adds the state flags. */
    static final List<Field<?>> OVERVIEW_COLUMNS = List.of(
            TorrentFields.HASH,
            TorrentFields.NAME,
            TorrentFields.SIZE_BYTES,
            TorrentFields.COMPLETED_BYTES,
            TorrentFields.LEFT_BYTES,
            TorrentFields.DOWN_RATE,
            TorrentFields.UP_RATE,
            TorrentFields.RATIO,
            TorrentFields.PEERS_CONNECTED,
            TorrentFields.PEERS_COMPLETE,
            TorrentFields.MESSAGE,
            TorrentFields.LABEL);
    /** The same columns in the REST API's names. */
    static final String API_FIELDS =
            "hash,name,state,size_bytes,done_bytes,left_bytes,down_rate,up_rate,ratio," + "peers,seeders,message,label";
    /** The closest the legacy API gets (it has no label or peer counts, and bytes_done). */
    static final List<String> LEGACY_ATTRIBUTES = List.of(
            "get_hash",
            "get_name",
            "get_size_bytes",
            "get_bytes_done",
            "get_bytes_left",
            "get_download_rate",
            "get_upload_rate",
            "get_ratio",
            "get_message",
            "get_state",
            "is_active",
            "is_complete",
            "is_hashing",
            "hashing_failed");

    static final List<Field<?>> LEGACY_FIELDS = List.of(
            TorrentFields.HASH,
            TorrentFields.NAME,
            TorrentFields.SIZE_BYTES,
            TorrentFields.BYTES_DONE,
            TorrentFields.LEFT_BYTES,
            TorrentFields.DOWN_RATE,
            TorrentFields.UP_RATE,
            TorrentFields.RATIO,
            TorrentFields.MESSAGE,
            TorrentFields.STATE,
            TorrentFields.ACTIVE,
            TorrentFields.COMPLETE,
            TorrentFields.HASHING,
            TorrentFields.HASHING_FAILED);
    /** Longer than CoalescingTorrentClient's 500 ms, so a measured read never comes from its cache. */
    static final long SPACING_MS = 550;

    private final ObjectMapper json = new ObjectMapper();
    private final BenchHttp http = new BenchHttp();

    @TempDir
    Path dir;

    /** One timed measurement: what, its samples, its floor, calls per request, bytes to the client. */
    record Row(String key, String label, Samples samples, String floorKey, double callsPerRequest, long bytes) {}

    record SizeResult(int n, List<Row> rows, Map<String, String> notes) {
        Row row(String key) {
            return rows.stream().filter(r -> r.key.equals(key)).findFirst().orElseThrow();
        }
    }

    @Test
    void run() throws Exception {
        List<Integer> sizes = java.util.Arrays.stream(
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
        var machine = machine();
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
            log("=== N = %,d ===", n);
            var result = new SizeResult(n, new ArrayList<>(), new LinkedHashMap<>());
            String loadBefore = loadAverage();
            try (var rtorrent = RtorrentContainer.tcp()) {
                rtorrent.start();
                List<TestTorrent> torrents = load(rtorrent, n, result.notes);
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
                var env = new java.util.HashMap<String, String>(Map.of("_JAVA_OPTIONS", flags));
                env.put("MALLOC_ARENA_MAX", mallocArenaMax);
                try (var app = PyrotorrentProcess.start(dir, env, "--config", config.toString())) {
                    String base = "http://127.0.0.1:" + port + "/";
                    app.awaitOk(base + "health", Duration.ofSeconds(120));
                    measure(result, rtorrent, torrents.get(0).hash(), base, runs, warmup);
                    result.notes.put(
                            "pyroTorrent VmHWM (peak RSS) after the timed runs", mb(procStatusKb(app, "VmHWM")));
                    result.notes.put("pyroTorrent VmRSS after the timed runs", mb(procStatusKb(app, "VmRSS")));
                    result.notes.put("rTorrent VmRSS", rtorrentRss(rtorrent));
                    if (n == coalesceAt) {
                        coalescing = coalescing(base, n, app);
                        coalescing.put("pyroTorrent VmHWM (peak RSS) after the load", mb(procStatusKb(app, "VmHWM")));
                        coalescing.put("pyroTorrent VmRSS after the load", mb(procStatusKb(app, "VmRSS")));
                        nativeMemory(app, out.resolve("native-memory-" + n + ".txt"));
                    }
                    result.notes.put("pyroTorrent VmHWM at the end", mb(procStatusKb(app, "VmHWM")));
                    int exit = app.terminate(Duration.ofSeconds(30));
                    result.notes.put("pyroTorrent exit code on SIGTERM", Integer.toString(exit));
                }
            }
            result.notes.put(
                    "machine load average (1/5/15 min) before / after this N; 2 cores: above ~1.5 means"
                            + " something else competed for the CPU",
                    loadBefore + " / " + loadAverage());
            results.add(result);
            report.size(result);
            log("N = %,d done: %s", n, result.notes);
        }
        if (coalescing != null) {
            report.coalescing(coalesceAt, coalescing);
        }
        report.flood(floodNote());
        report.finish(results);
        log("results in %s", out);
    }

    // --- loading ---------------------------------------------------------------------------------

    /** N tiny paused torrents, in requests of 1,000 loads (the adapter splits each under 512 KiB). */
    private List<TestTorrent> load(RtorrentContainer rtorrent, int n, Map<String, String> notes) {
        long started = System.nanoTime();
        var client = RtorrentClient.connect(rtorrent.scgiTcpUrl(), settings());
        var torrents = new ArrayList<TestTorrent>(n);
        for (int from = 0; from < n; from += 1000) {
            var request = Request.builder();
            for (int i = from; i < Math.min(n, from + 1000); i++) {
                TestTorrent torrent = TestTorrent.unique("bench-" + i);
                torrents.add(torrent);
                request.add(Command.AddTorrent.of(torrent.source(), false));
            }
            var outcomes = client.send(request.build()).outcomes();
            assertThat(outcomes).allMatch(Outcome.Success.class::isInstance);
        }
        long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
        int count;
        while ((count = ((List<?>) client.send(Request.of(TorrentListQuery.of(ViewName.MAIN, TorrentFields.HASH)))
                                .outcomes()
                                .get(0)
                                .orThrow())
                        .size())
                < n) {
            assertThat(System.nanoTime())
                    .as("only " + count + " of " + n + " torrents arrived")
                    .isLessThan(deadline);
            sleep(200);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        notes.put("loading " + n + " torrents (load.raw, batched)", String.format(Locale.ROOT, "%.1f s", seconds));
        log("loaded %,d torrents in %.1f s", n, seconds);
        return torrents;
    }

    private static TransportSettings settings() {
        return new TransportSettings(
                Duration.ofSeconds(5),
                Duration.ofSeconds(120),
                TransportSettings.DEFAULT_MAX_RESPONSE_BYTES,
                TransportSettings.DEFAULT_MAX_REQUEST_BYTES);
    }

    // --- measuring -------------------------------------------------------------------------------

    private void measure(
            SizeResult result, RtorrentContainer rtorrent, InfoHash hash, String base, int runs, int warmup)
            throws Exception {
        int n = result.n;
        var fetched = Listing.of(ViewName.MAIN, OVERVIEW_COLUMNS).fieldsToFetch();

        // The floors: pyroTorrent's own adapter, but only the wire time of its one round trip.
        var overviewRequest = Request.builder();
        overviewRequest.add(ClientQuery.of(OverviewService.CLIENT_FIELDS));
        overviewRequest.add(TorrentListQuery.of(ViewName.MAIN, fetched));
        floor(
                result,
                rtorrent,
                "floor_overview",
                "floor: the overview's call (status + d.multicall2, " + fetched.size() + " fields), raw SCGI",
                overviewRequest.build(),
                runs,
                warmup);
        floor(
                result,
                rtorrent,
                "floor_list",
                "floor: d.multicall2 alone, same " + fetched.size() + " fields",
                Request.of(TorrentListQuery.of(ViewName.MAIN, fetched)),
                runs,
                warmup);
        floor(
                result,
                rtorrent,
                "floor_legacy",
                "floor: d.multicall2 with the legacy API's " + LEGACY_FIELDS.size() + " fields",
                Request.of(TorrentListQuery.of(ViewName.DEFAULT, LEGACY_FIELDS)),
                runs,
                warmup);
        var detailsRequest = Request.builder();
        detailsRequest.add(TorrentQuery.of(hash, TorrentFields.ALL));
        detailsRequest.add(FileListQuery.of(hash, FileFields.ALL));
        detailsRequest.add(PeerListQuery.of(hash, PeerFields.ALL));
        detailsRequest.add(TrackerListQuery.of(hash, TrackerFields.ALL));
        floor(
                result,
                rtorrent,
                "floor_torrent",
                "floor: the torrent page's call (torrent, files, peers, trackers)",
                detailsRequest.build(),
                runs,
                warmup);

        String list = base + "api/v1/targets/" + TARGET + "/torrents?fields=" + API_FIELDS + "&limit=1000";
        int listed = Math.min(n, Listing.MAX_LIMIT);
        timed(
                result,
                base,
                "json_list",
                "GET /api/v1/targets/" + TARGET + "/torrents, 13 columns, limit=1000 (" + listed + " of " + n
                        + " rows: the API caps limit at 1000)",
                "floor_list",
                runs,
                warmup,
                () -> http.get(list, false, Duration.ofSeconds(120)),
                reply -> {
                    JsonNode body = json.readTree(reply.body());
                    assertThat(body.get("total").asInt()).isEqualTo(n);
                    assertThat(body.get("torrents").size()).isEqualTo(listed);
                });

        String legacyRequest = "[{\"type\":\"torrentrequester\",\"target\":\"" + TARGET + "\",\"view\":\"\","
                + "\"attributes\":["
                + String.join(
                        ",",
                        LEGACY_ATTRIBUTES.stream()
                                .map(a -> "[\"" + a + "\",[]]")
                                .toList()) + "]}]";
        timed(
                result,
                base,
                "legacy",
                "POST /api (legacy torrentrequester, " + LEGACY_ATTRIBUTES.size() + " attributes, all " + n + " rows)",
                "floor_legacy",
                runs,
                warmup,
                () -> http.postForm(base + "api", "request", legacyRequest, Duration.ofSeconds(120)),
                reply -> {
                    JsonNode body = json.readTree(reply.body());
                    assertThat(body.get(0).size()).as("legacy rows").isEqualTo(n);
                });

        timed(
                result,
                base,
                "overview",
                "GET / (HTML overview, 100 rows), uncompressed",
                "floor_overview",
                runs,
                warmup,
                () -> http.get(base, false, Duration.ofSeconds(120)),
                reply -> assertThat(reply.text())
                        .contains("of " + n, "target-" + TARGET)
                        .doesNotContain("target-error"));
        timed(
                result,
                base,
                "overview_gzip",
                "GET / with Accept-Encoding: gzip (what a browser gets)",
                "floor_overview",
                runs,
                warmup,
                () -> http.get(base, true, Duration.ofSeconds(120)),
                reply -> assertThat(reply.contentEncoding()).contains("gzip"));
        String page = base + "target/" + TARGET + "/torrent/" + hash.hex();
        timed(
                result,
                base,
                "torrent_page",
                "GET /target/" + TARGET + "/torrent/<hash> (HTML torrent page)",
                "floor_torrent",
                runs,
                warmup,
                () -> http.get(page, false, Duration.ofSeconds(120)),
                reply -> assertThat(reply.text()).containsIgnoringCase(hash.hex()));

        browserBytes(result, base);
        result.notes.putAll(DecodeCost.measure(rtorrent.scgiAddress(), n, Math.min(runs, 10), 3));
    }

    private void floor(
            SizeResult result,
            RtorrentContainer rtorrent,
            String key,
            String label,
            Request request,
            int runs,
            int warmup) {
        var last = new AtomicReference<RoundTrip>();
        var client = RtorrentClient.connect(rtorrent.scgiTcpUrl(), settings(), last::set);
        var samples = new Samples();
        var decoding = new Samples();
        long bytes = 0;
        for (int i = 0; i < warmup + runs; i++) {
            last.set(null);
            long started = System.nanoTime();
            var snapshot = client.send(request);
            double totalMs = (System.nanoTime() - started) / 1e6;
            assertThat(snapshot.outcomes()).allMatch(Outcome.Success.class::isInstance);
            RoundTrip trip = last.get();
            if (i >= warmup) {
                double wireMs = trip.elapsed().toNanos() / 1e6;
                samples.add(wireMs);
                decoding.add(totalMs - wireMs);
                bytes = trip.bytesReceived();
            }
            sleep(SPACING_MS);
        }
        result.rows.add(new Row(key, label, samples, key, 1.0, bytes));
        result.notes.put(
                "pyroTorrent's adapter on top of " + key + " (encode + XML-RPC decode to rows; in the"
                        + " benchmark's JVM, big heap)",
                String.format(Locale.ROOT, "median %.1f ms, p95 %.1f ms", decoding.median(), decoding.p95()));
        log(
                "%-16s median %8.1f ms  p95 %8.1f ms  (%,d reply bytes; adapter decode median %.1f ms)",
                key, samples.median(), samples.p95(), bytes, decoding.median());
    }

    interface Call {
        BenchHttp.Reply call() throws Exception;
    }

    interface Check {
        void check(BenchHttp.Reply reply) throws Exception;
    }

    private void timed(
            SizeResult result,
            String base,
            String key,
            String label,
            String floorKey,
            int runs,
            int warmup,
            Call call,
            Check check)
            throws Exception {
        for (int i = 0; i < warmup; i++) {
            var reply = call.call();
            assertThat(reply.status()).as(key + ": " + abbreviate(reply.text())).isEqualTo(200);
            if (i == 0) {
                check.check(reply);
            }
            sleep(SPACING_MS);
        }
        var samples = new Samples();
        long before = http.rtorrentRequests(base, TARGET);
        long bytes = 0;
        for (int i = 0; i < runs; i++) {
            var reply = call.call();
            assertThat(reply.status()).as(key).isEqualTo(200);
            samples.add(reply.millis());
            bytes = reply.body().length;
            sleep(SPACING_MS);
        }
        long calls = http.rtorrentRequests(base, TARGET) - before;
        result.rows.add(new Row(key, label, samples, floorKey, calls / (double) runs, bytes));
        log(
                "%-16s median %8.1f ms  p95 %8.1f ms  %.2f rTorrent calls/request  %,d bytes",
                key, samples.median(), samples.p95(), calls / (double) runs, bytes);
    }

    private static final Pattern ASSET = Pattern.compile("<(?:link[^>]+href|script[^>]+src)=\"([^\"]+)\"");

    /** The overview page plus the stylesheet and script it links, gzip as a browser asks. */
    private void browserBytes(SizeResult result, String base) throws Exception {
        var page = http.get(base, true, Duration.ofSeconds(60));
        String html = gunzip(page);
        long total = page.body().length;
        long identity = html.getBytes(StandardCharsets.UTF_8).length;
        var assets = new ArrayList<String>();
        Matcher m = ASSET.matcher(html);
        var seen = new java.util.HashSet<String>();
        while (m.find()) {
            String href = m.group(1).replace("&amp;", "&");
            if (href.startsWith("data:") || href.startsWith("#") || !seen.add(href)) {
                continue;
            }
            var asset = http.get(java.net.URI.create(base).resolve(href).toString(), true, Duration.ofSeconds(60));
            total += asset.body().length;
            assets.add(href + " " + asset.body().length + " B"
                    + asset.contentEncoding().map(e -> " " + e).orElse("")
                    + (asset.status() == 200 ? "" : " HTTP " + asset.status()));
        }
        result.notes.put(
                "overview HTML: bytes on the wire with gzip / uncompressed",
                String.format(Locale.ROOT, "%,d / %,d", page.body().length, identity));
        result.notes.put(
                "overview + its assets (first visit, gzip)",
                String.format(Locale.ROOT, "%,d bytes (%s)", total, String.join(", ", assets)));
    }

    private static String gunzip(BenchHttp.Reply reply) throws IOException {
        if (reply.contentEncoding().filter("gzip"::equals).isEmpty()) {
            return reply.text();
        }
        try (var in = new GZIPInputStream(new ByteArrayInputStream(reply.body()))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    // --- coalescing ------------------------------------------------------------------------------

    /**
     * 100 clients (java.net.http, loopback), no think time, each alternating the overview (gzip)
     * and the JSON list (default columns and page), for a bounded time.
     */
    private Map<String, String> coalescing(String base, int n, PyrotorrentProcess app) throws Exception {
        int clients = Integer.getInteger("benchmark.coalesceClients", 100);
        int streams = Integer.getInteger("benchmark.coalesceStreams", 20);
        int seconds = Integer.getInteger("benchmark.coalesceSeconds", 60);
        log("coalescing: %d clients and %d event streams for %d s", clients, streams, seconds);
        var peakRss = new AtomicLong();
        var peakThreads = new AtomicLong();
        var sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(
                () -> {
                    peakRss.accumulateAndGet(procStatusKb(app, "VmRSS"), Math::max);
                    peakThreads.accumulateAndGet(procStatusKb(app, "Threads"), Math::max);
                },
                0,
                250,
                TimeUnit.MILLISECONDS);
        var events = EventStreamClients.open(
                base + "api/v1/targets/" + TARGET + "/events?fields=name,state", streams, Duration.ofSeconds(60));
        String list = base + "api/v1/targets/" + TARGET + "/torrents";
        var overview = new Samples();
        var json = new Samples();
        var errors = new CopyOnWriteArrayList<String>();
        var requests = new AtomicLong();
        long callsBefore = http.rtorrentRequests(base, TARGET);
        long hitsBefore = http.coalescingHits(base, TARGET);
        long started = System.nanoTime();
        long end = started + Duration.ofSeconds(seconds).toNanos();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        var perClient = new ConcurrentHashMap<Integer, BenchHttp>();
        for (int c = 0; c < clients; c++) {
            int id = c;
            pool.submit(() -> {
                // One HttpClient per poller: one connection each, as 100 browsers would have.
                BenchHttp mine = perClient.computeIfAbsent(id, k -> new BenchHttp());
                boolean page = id % 2 == 0;
                while (System.nanoTime() < end) {
                    try {
                        var reply = page
                                ? mine.get(base, true, Duration.ofSeconds(30))
                                : mine.get(list, false, Duration.ofSeconds(30));
                        requests.incrementAndGet();
                        if (reply.status() != 200) {
                            errors.add((page ? "overview" : "list") + " -> HTTP " + reply.status());
                        } else {
                            (page ? overview : json).add(reply.millis());
                        }
                    } catch (Exception e) {
                        errors.add((page ? "overview" : "list") + ": " + e);
                    }
                    page = !page;
                }
            });
        }
        pool.shutdown();
        assertThat(pool.awaitTermination(seconds + 90L, TimeUnit.SECONDS))
                .as("pollers finished")
                .isTrue();
        double elapsed = (System.nanoTime() - started) / 1e9;
        events.close();
        sampler.shutdownNow();
        errors.addAll(events.errors());
        long calls = http.rtorrentRequests(base, TARGET) - callsBefore;
        long hitsAfter = http.coalescingHits(base, TARGET);
        long hits = hitsAfter < 0 ? -1 : hitsAfter - hitsBefore;
        var outcome = new LinkedHashMap<String, String>();
        outcome.put("torrents", String.format(Locale.ROOT, "%,d", n));
        outcome.put(
                "clients, duration",
                clients + " pollers (no think time) + " + streams + " event streams, "
                        + String.format(Locale.ROOT, "%.1f s", elapsed));
        outcome.put(
                "requests answered",
                String.format(Locale.ROOT, "%,d (%.0f/s)", requests.get(), requests.get() / elapsed));
        outcome.put(
                "errors",
                errors.size()
                        + (errors.isEmpty()
                                ? ""
                                : ": " + errors.stream().limit(5).toList()));
        outcome.put("overview (gzip) p50 / p95 / p99 / max", fmt(overview));
        outcome.put("JSON list (default columns, 100 rows) p50 / p95 / p99 / max", fmt(json));
        outcome.put("event streams (GET .../events?fields=name,state, open through the run)", events.summary());
        outcome.put("rTorrent calls", String.format(Locale.ROOT, "%,d = %.1f per second", calls, calls / elapsed));
        outcome.put(
                "pyroTorrent peak VmRSS / threads during the run (sampled every 250 ms)",
                mb(peakRss.get()) + " / " + peakThreads.get());
        outcome.put(
                "reads answered by coalescing (pyrotorrent_coalescing_hits_total)",
                hitsBefore < 0 || hits < 0
                        ? "not readable: /metrics shows NaN or nothing"
                        : String.format(Locale.ROOT, "%,d", hits));
        outcome.put("machine load average (1/5/15 min) after", loadAverage());
        log("coalescing: %s", outcome);
        assertThat(errors).as("errors under 100 pollers").isEmpty();
        return outcome;
    }

    private static String fmt(Samples s) {
        return String.format(
                Locale.ROOT,
                "%.0f / %.0f / %.0f / %.0f ms (%,d answers)",
                s.median(),
                s.p95(),
                s.p99(),
                s.max(),
                s.count());
    }

    // --- the rest --------------------------------------------------------------------------------

    private static String floodNote() {
        for (String dirName : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dirName.isEmpty() && Files.isExecutable(Path.of(dirName, "flood"))) {
                return "`flood` is on the PATH (" + Path.of(dirName, "flood") + ") but this run does not drive it;"
                        + " see RTORRENT.md for Flood's measured numbers.";
            }
        }
        return "`flood` is not on the PATH: Flood was not measured (RTORRENT.md measured Flood 4.11 at ~115 ms for"
                + " 1,000 and ~520 ms for 5,000 torrents, ~10x the raw call, 300-380 MB RSS).";
    }

    static Map<String, String> machine() {
        var m = new LinkedHashMap<String, String>();
        m.put("date", Instant.now().toString());
        m.put("CPU", cpuModel() + ", " + Runtime.getRuntime().availableProcessors() + " cores visible");
        m.put("memory", memTotal());
        m.put("OS", System.getProperty("os.name") + " " + System.getProperty("os.version"));
        m.put(
                "JVM (pyroTorrent and load)",
                System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("pyroTorrent JVM flags", JVM_FLAGS + " (./pyrotorrent's defaults)");
        m.put(
                "rTorrent",
                "0.9.8 / libtorrent 0.13.8 in Docker (" + RtorrentContainer.IMAGE + "), SCGI over TCP on"
                        + " loopback through Docker's port forwarding");
        return m;
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip())
                    .findFirst()
                    .orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }

    private static String memTotal() {
        try {
            return Files.readAllLines(Path.of("/proc/meminfo")).stream()
                    .filter(l -> l.startsWith("MemTotal"))
                    .map(l -> mb(Long.parseLong(l.replaceAll("\\D", ""))))
                    .findFirst()
                    .orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }

    private static String rtorrentRss(RtorrentContainer rtorrent) {
        try {
            var status = rtorrent.execInContainer("cat", "/proc/1/status").getStdout();
            return status.lines()
                    .filter(l -> l.startsWith("VmRSS"))
                    .map(l -> mb(Long.parseLong(l.replaceAll("\\D", ""))))
                    .findFirst()
                    .orElse("?");
        } catch (IOException | InterruptedException e) {
            return "?";
        }
    }

    /** With -XX:NativeMemoryTracking in the flags: the JVM's own account of its memory, by area. */
    private static void nativeMemory(PyrotorrentProcess app, Path file) {
        if (!System.getProperty("benchmark.jvmFlags", "").contains("NativeMemoryTracking")) {
            return;
        }
        try {
            Path jcmd = Path.of(ProcessHandle.current().info().command().orElseThrow())
                    .resolveSibling("jcmd");
            var process = new ProcessBuilder(
                            jcmd.toString(), Long.toString(app.handle().pid()), "VM.native_memory", "summary")
                    .redirectErrorStream(true)
                    .redirectOutput(file.toFile())
                    .start();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
            Files.writeString(
                    file,
                    "\nVmRSS " + mb(procStatusKb(app, "VmRSS")) + ", VmHWM " + mb(procStatusKb(app, "VmHWM")) + "\n",
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String loadAverage() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return parts[0] + " " + parts[1] + " " + parts[2];
        } catch (IOException e) {
            return "?";
        }
    }

    static long procStatusKb(PyrotorrentProcess app, String key) {
        try {
            return Files.readAllLines(
                            Path.of("/proc", Long.toString(app.handle().pid()), "status"))
                    .stream()
                    .filter(l -> l.startsWith(key + ":"))
                    .map(l -> Long.parseLong(l.replaceAll("\\D", "")))
                    .findFirst()
                    .orElseThrow();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String mb(long kb) {
        return String.format(Locale.ROOT, "%.0f MB", kb / 1024.0);
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }

    static void log(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[bench] " + format + "%n", args);
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
