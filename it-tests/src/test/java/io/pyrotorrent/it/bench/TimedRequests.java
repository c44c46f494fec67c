package io.pyrotorrent.it.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.listing.Listing;
import java.time.Duration;

/**
 * pyroTorrent's answers timed over HTTP, as a client sees them: the JSON list, the legacy API, the
 * HTML overview (plain and gzip) and a torrent page; each checked once, then timed, with the
 * rTorrent calls it cost counted from /metrics.
 */
final class TimedRequests {

    private final ObjectMapper json = new ObjectMapper();
    private final BenchHttp http;

    TimedRequests(BenchHttp http) {
        this.http = http;
    }

    void measure(SizeResult result, InfoHash hash, String base, int runs, int warmup) throws Exception {
        int n = result.n();
        String list = base + "api/v1/targets/" + BenchmarkRun.TARGET + "/torrents?fields=" + BenchColumns.API_FIELDS
                + "&limit=1000";
        int listed = Math.min(n, Listing.MAX_LIMIT);
        timed(
                result,
                base,
                "json_list",
                "GET /api/v1/targets/" + BenchmarkRun.TARGET + "/torrents, 13 columns, limit=1000 (" + listed + " of "
                        + n + " rows: the API caps limit at 1000)",
                "floor_list",
                runs,
                warmup,
                () -> http.get(list, false, Duration.ofSeconds(120)),
                reply -> {
                    JsonNode body = json.readTree(reply.body());
                    assertThat(body.get("total").asInt()).isEqualTo(n);
                    assertThat(body.get("torrents").size()).isEqualTo(listed);
                });

        String legacyRequest = "[{\"type\":\"torrentrequester\",\"target\":\"" + BenchmarkRun.TARGET
                + "\",\"view\":\"\","
                + "\"attributes\":["
                + String.join(
                        ",",
                        BenchColumns.LEGACY_ATTRIBUTES.stream()
                                .map(a -> "[\"" + a + "\",[]]")
                                .toList()) + "]}]";
        timed(
                result,
                base,
                "legacy",
                "POST /api (legacy torrentrequester, " + BenchColumns.LEGACY_ATTRIBUTES.size() + " attributes, all " + n
                        + " rows)",
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
                        .contains("of " + n, "target-" + BenchmarkRun.TARGET)
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
        String page = base + "target/" + BenchmarkRun.TARGET + "/torrent/" + hash.hex();
        timed(
                result,
                base,
                "torrent_page",
                "GET /target/" + BenchmarkRun.TARGET + "/torrent/<hash> (HTML torrent page)",
                "floor_torrent",
                runs,
                warmup,
                () -> http.get(page, false, Duration.ofSeconds(120)),
                reply -> assertThat(reply.text()).containsIgnoringCase(hash.hex()));
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
            Pacing.spaced();
        }
        var samples = new Samples();
        long before = http.rtorrentRequests(base, BenchmarkRun.TARGET);
        long bytes = 0;
        for (int i = 0; i < runs; i++) {
            var reply = call.call();
            assertThat(reply.status()).as(key).isEqualTo(200);
            samples.add(reply.millis());
            bytes = reply.body().length;
            Pacing.spaced();
        }
        long calls = http.rtorrentRequests(base, BenchmarkRun.TARGET) - before;
        result.rows().add(new Row(key, label, samples, floorKey, calls / (double) runs, bytes));
        Pacing.log(
                "%-16s median %8.1f ms  p95 %8.1f ms  %.2f rTorrent calls/request  %,d bytes",
                key, samples.median(), samples.p95(), calls / (double) runs, bytes);
    }

    private static String abbreviate(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "..." : text;
    }
}
