package io.pyrotorrent.it.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.it.support.PyrotorrentProcess;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** Many clients at once on one N: what coalescing saves rTorrent, and what the load costs pyroTorrent. */
final class CoalescingLoad {

    private final BenchHttp http;

    CoalescingLoad(BenchHttp http) {
        this.http = http;
    }

    /**
     * 100 clients (java.net.http, loopback), no think time, each alternating the overview (gzip)
     * and the JSON list (default columns and page), for a bounded time.
     */
    Map<String, String> run(String base, int n, PyrotorrentProcess app) throws Exception {
        int clients = Integer.getInteger("benchmark.coalesceClients", 100);
        int streams = Integer.getInteger("benchmark.coalesceStreams", 20);
        int seconds = Integer.getInteger("benchmark.coalesceSeconds", 60);
        Pacing.log("coalescing: %d clients and %d event streams for %d s", clients, streams, seconds);
        var peakRss = new AtomicLong();
        var peakThreads = new AtomicLong();
        var sampler = Executors.newSingleThreadScheduledExecutor();
        sampler.scheduleAtFixedRate(
                () -> {
                    peakRss.accumulateAndGet(ProcessMemory.procStatusKb(app, "VmRSS"), Math::max);
                    peakThreads.accumulateAndGet(ProcessMemory.procStatusKb(app, "Threads"), Math::max);
                },
                0,
                250,
                TimeUnit.MILLISECONDS);
        var events = EventStreamClients.open(
                base + "api/v1/targets/" + BenchmarkRun.TARGET + "/events?fields=name,state",
                streams,
                Duration.ofSeconds(60));
        String list = base + "api/v1/targets/" + BenchmarkRun.TARGET + "/torrents";
        var overview = new Samples();
        var json = new Samples();
        var errors = new CopyOnWriteArrayList<String>();
        var requests = new AtomicLong();
        long callsBefore = http.rtorrentRequests(base, BenchmarkRun.TARGET);
        long hitsBefore = http.coalescingHits(base, BenchmarkRun.TARGET);
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
        long calls = http.rtorrentRequests(base, BenchmarkRun.TARGET) - callsBefore;
        long hitsAfter = http.coalescingHits(base, BenchmarkRun.TARGET);
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
                ProcessMemory.mb(peakRss.get()) + " / " + peakThreads.get());
        outcome.put(
                "reads answered by coalescing (pyrotorrent_coalescing_hits_total)",
                hitsBefore < 0 || hits < 0
                        ? "not readable: /metrics shows NaN or nothing"
                        : String.format(Locale.ROOT, "%,d", hits));
        outcome.put("machine load average (1/5/15 min) after", MachineFacts.loadAverage());
        Pacing.log("coalescing: %s", outcome);
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
}
