package io.pyrotorrent.it.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pyrotorrent.adapter.rtorrent.RtorrentClient;
import io.pyrotorrent.adapter.rtorrent.transport.RoundTrip;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One round = the raw floor, then pyroTorrent's overview, REST list and legacy torrentrequester,
 * then Flood's list, back to back: whatever the machine's load does, it does to all of them
 * alike, so the ratios of one run hold. Each request also records rTorrent's CPU time over it.
 */
final class Interleaved {

    /** A measured request: its wall times, rTorrent's CPU seconds during it, its body size. */
    record Measure(String label, Samples wall, Samples rtorrentCpuMs, long[] bytes) {
        Measure(String label) {
            this(label, new Samples(), new Samples(), new long[1]);
        }
    }

    private final BenchHttp http = new BenchHttp();
    private final ObjectMapper json = new ObjectMapper();

    /** Keys: floor, overview, rest, legacy, flood (when given). */
    Map<String, Measure> run(
            int n,
            URI scgi,
            RtorrentClient.Rpc rpc,
            String base,
            FloodProcess flood,
            RtorrentCpu cpu,
            int runs,
            int warmup)
            throws Exception {
        var last = new AtomicReference<RoundTrip>();
        var client = RtorrentClient.connect(scgi, BenchRtorrent.settings(), last::set, rpc);
        var floorRequest = Request.of(TorrentListQuery.of(ViewName.DEFAULT, BenchColumns.LEGACY_FIELDS));
        String list = base + "api/v1/targets/" + BenchmarkRun.TARGET + "/torrents?fields=" + BenchColumns.API_FIELDS
                + "&limit=1000";
        String legacyRequest = legacyRequest();
        var results = new LinkedHashMap<String, Measure>();
        results.put(
                "floor",
                new Measure("raw `d.multicall2`, " + BenchColumns.LEGACY_FIELDS.size() + " fields, all " + n
                        + " rows (wire time, " + rpc + ")"));
        results.put("overview", new Measure("pyroTorrent HTML overview `GET /` (gzip)"));
        results.put("rest", new Measure("pyroTorrent REST list, limit=1000, 13 fields"));
        results.put("legacy", new Measure("pyroTorrent legacy `POST /api` torrentrequester, all " + n + " rows"));
        if (flood != null) {
            results.put("flood", new Measure("Flood 4.11 `GET /api/torrents`, all rows"));
        }
        for (int i = 0; i < warmup + runs; i++) {
            boolean timed = i >= warmup;
            // floor
            double before = cpu.seconds();
            var snapshot = client.send(floorRequest);
            double cpuMs = (cpu.seconds() - before) * 1000;
            assertThat(snapshot.outcomes()).allMatch(Outcome.Success.class::isInstance);
            assertThat((List<?>) snapshot.outcomes().get(0).orThrow()).hasSize(n);
            if (timed) {
                record(
                        results.get("floor"),
                        last.get().elapsed().toNanos() / 1e6,
                        cpuMs,
                        last.get().bytesReceived());
            }
            timedHttp(results.get("overview"), timed, cpu, () -> http.get(base, true, Duration.ofSeconds(120)), r -> {
                assertThat(r.status()).as(r::text).isEqualTo(200);
            });
            timedHttp(results.get("rest"), timed, cpu, () -> http.get(list, false, Duration.ofSeconds(120)), r -> {
                assertThat(r.status()).as(r::text).isEqualTo(200);
                JsonNode body = json.readTree(r.body());
                assertThat(body.get("total").asInt()).isEqualTo(n);
            });
            timedHttp(
                    results.get("legacy"),
                    timed,
                    cpu,
                    () -> http.postForm(base + "api", "request", legacyRequest, Duration.ofSeconds(120)),
                    r -> {
                        assertThat(r.status()).as(r::text).isEqualTo(200);
                        assertThat(json.readTree(r.body()).get(0).size()).isEqualTo(n);
                    });
            if (flood != null) {
                timedHttp(results.get("flood"), timed, cpu, flood::torrents, r -> {
                    assertThat(r.status()).as("Flood's /api/torrents").isEqualTo(200);
                });
            }
        }
        return results;
    }

    /** The overview's first pages after pyroTorrent started, timed, before {@link #warmUp}'s untimed rest. */
    static final int COLD_PAGES = 10;

    /**
     * Untimed reads of each of pyroTorrent's measured endpoints, back to back, before the rounds.
     * A server that has been up a while runs its pages as compiled code; one that has just started
     * interprets them and compiles them as they go (the first ten overview pages after a start
     * took 15-215 ms on this machine, the same pages 5-10 ms after 500). The rounds time pyroTorrent
     * as it serves most of its life; the rounds' own warm-up (3) warms the floor's client and Flood.
     * Returns the first {@link #COLD_PAGES} overview pages' times, reported on their own.
     */
    Samples warmUp(String base, int pages) throws Exception {
        var cold = new Samples();
        String list = base + "api/v1/targets/" + BenchmarkRun.TARGET + "/torrents?fields=" + BenchColumns.API_FIELDS
                + "&limit=1000";
        // Mixed as the rounds mix them: code the three share (Jackson, the mirror's reads) is
        // compiled for all three, not for whichever came first.
        for (int i = 0; i < pages; i++) {
            var page = http.get(base, true, Duration.ofSeconds(120));
            assertThat(page.status()).as(page::text).isEqualTo(200);
            if (i < COLD_PAGES) {
                cold.add(page.millis());
            }
            if (i % 5 == 4) {
                assertThat(http.get(list, false, Duration.ofSeconds(120)).status())
                        .isEqualTo(200);
            }
            if (i % 50 == 49) {
                assertThat(http.postForm(base + "api", "request", legacyRequest(), Duration.ofSeconds(120))
                                .status())
                        .isEqualTo(200);
            }
        }
        return cold;
    }

    /** The legacy API's torrentrequester for every row of the default view, the benchmark's attributes. */
    static String legacyRequest() {
        return "[{\"type\":\"torrentrequester\",\"target\":\"" + BenchmarkRun.TARGET
                + "\",\"view\":\"\",\"attributes\":["
                + String.join(
                        ",",
                        BenchColumns.LEGACY_ATTRIBUTES.stream()
                                .map(a -> "[\"" + a + "\",[]]")
                                .toList())
                + "]}]";
    }

    interface Call {
        BenchHttp.Reply call() throws Exception;
    }

    interface Check {
        void check(BenchHttp.Reply reply) throws Exception;
    }

    private static void timedHttp(Measure measure, boolean timed, RtorrentCpu cpu, Call call, Check check)
            throws Exception {
        double before = cpu.seconds();
        var reply = call.call();
        double cpuMs = (cpu.seconds() - before) * 1000;
        check.check(reply);
        if (timed) {
            record(measure, reply.millis(), cpuMs, reply.body().length);
        }
    }

    private static void record(Measure measure, double wallMs, double cpuMs, long bytes) {
        measure.wall().add(wallMs);
        measure.rtorrentCpuMs().add(cpuMs);
        measure.bytes()[0] = bytes;
    }
}
