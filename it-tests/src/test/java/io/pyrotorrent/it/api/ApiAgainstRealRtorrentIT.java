package io.pyrotorrent.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.it.support.AppOnRtorrent;
import io.pyrotorrent.it.support.PyrotorrentProcess;
import io.pyrotorrent.it.support.RtorrentContainer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** The JSON APIs over HTTP, through the real jar, against real rTorrent in its container. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class ApiAgainstRealRtorrentIT {

    @TempDir
    static Path dir;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private AppOnRtorrent running;
    PyrotorrentProcess app;
    String base;
    final TestTorrent torrent = TestTorrent.unique("api");

    /** The rTorrent image these run against; a subclass runs them on another version. */
    String rtorrentImage() {
        return RtorrentContainer.IMAGE;
    }

    /** The version that image's rTorrent reports. */
    String rtorrentVersion() {
        return "0.9.8";
    }

    @BeforeAll
    void start() {
        running = AppOnRtorrent.start(rtorrentImage(), dir, "", "", List.of("box"), List.of());
        app = running.process();
        base = running.base();
        // Through the real CLI, on each rTorrent version this runs against (0.16 speaks JSON-RPC).
        running.add(torrent, "box", "--paused");
        // The load is queued by rTorrent; wait until the REST list shows it.
        app.await(
                base + "api/v1/targets/box/torrents?fields=hash",
                Duration.ofSeconds(30),
                body -> body.contains(torrent.hash().hex()));
    }

    @AfterAll
    void stop() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void theOriginalsExample_answersElementByElement() throws Exception {
        String request = """
                [{"type": "torrentrequester", "target": "box", "view": "", "attributes": [["get_name", []],
                  ["get_download_rate", []], ["get_upload_rate", []], ["is_complete", []], ["get_size_bytes", []],
                  ["get_download_total", []], ["get_hash", []]]},
                 {"type": "rtorrent", "target": "box", "attributes": [["set_upload_throttle", [20480]], ["get_upload_throttle", []]]},
                 {"type": "rtorrent", "target": "box", "attributes": [["set_upload_throttle", [40960]], ["get_upload_throttle", []]]},
                 {"type": "torrent", "target": "box", "hash": "%s", "attributes": [["get_hash", []], ["get_name", []], ["is_complete", []]]}]
                """.formatted(torrent.hash().hex());
        long before = roundTrips();

        JsonNode answer = postForm("api", "request=" + URLEncoder.encode(request, StandardCharsets.UTF_8));

        assertThat(roundTrips() - before)
                .as("one round trip for the four elements of one target")
                .isEqualTo(1);
        assertThat(answer.isArray()).isTrue();
        assertThat(answer).hasSize(4);
        JsonNode ours = null;
        for (JsonNode row : answer.get(0)) {
            assertThat(fieldNames(row))
                    .containsExactlyInAnyOrder(
                            "get_name",
                            "get_download_rate",
                            "get_upload_rate",
                            "is_complete",
                            "get_size_bytes",
                            "get_download_total",
                            "get_hash");
            if (row.get("get_hash").asText().equals(torrent.hash().hex())) {
                ours = row;
            }
        }
        assertThat(ours).isNotNull();
        assertThat(ours.get("get_name").asText()).isEqualTo(torrent.name());
        assertThat(ours.get("get_size_bytes").asLong()).isEqualTo(1000);
        assertThat(ours.get("is_complete").asInt()).isZero();
        assertThat(answer.get(1).get("get_upload_throttle").asLong()).isEqualTo(20480);
        assertThat(answer.get(1).get("set_upload_throttle").asLong()).isZero();
        assertThat(answer.get(2).get("get_upload_throttle").asLong()).isEqualTo(40960);
        assertThat(answer.get(3).get("get_hash").asText())
                .isEqualTo(torrent.hash().hex());
        assertThat(answer.get(3).get("get_name").asText()).isEqualTo(torrent.name());
        assertThat(answer.get(3).get("is_complete").asInt()).isZero();
    }

    @Test
    void aShellCommand_isRefusedForItsElement_andNothingElseSuffers() throws Exception {
        String request =
                "[{\"type\":\"rtorrent\",\"target\":\"box\",\"attributes\":[[\"execute_command\",[\"touch\",\"/tmp/x\"]]]},"
                        + "{\"type\":\"rtorrent\",\"target\":\"box\",\"attributes\":[[\"get_client_version\",[]]]}]";

        JsonNode answer = postJson("api", request);

        assertThat(answer.get(0).at("/error/message").asText()).contains("execute_command");
        assertThat(answer.get(1).get("get_client_version").asText()).isEqualTo(rtorrentVersion());
    }

    @Test
    void theRestApi_listsActsAndShowsDetails_onRealRtorrent() throws Exception {
        JsonNode list =
                get("api/v1/targets/box/torrents?fields=hash,name,state,size_bytes,ratio,started&q=" + torrent.name());
        JsonNode row = list.get("torrents").get(0);
        assertThat(list.get("total").asInt()).isEqualTo(1);
        assertThat(row.get("state").asText()).isEqualTo("stopped");
        assertThat(row.get("ratio").isNumber()).isTrue();
        assertThat(row.get("started").isNull()).isTrue();

        postJson("api/v1/targets/box/torrents/" + torrent.hash().hex() + "/start", "{}");
        String started = app.await(
                base + "api/v1/targets/box/torrents/" + torrent.hash().hex() + "?include=files,trackers",
                Duration.ofSeconds(20),
                body -> body.contains("\"state\":\"started\""));

        JsonNode details = json.readTree(started);
        assertThat(details.at("/torrent/name").asText()).isEqualTo(torrent.name());
        assertThat(details.get("files")).hasSize(1);
        assertThat(details.at("/trackers/0/url").asText()).isEqualTo(TestTorrent.TRACKER);
        assertThat(get("api/v1/targets/nope/torrents").at("/error/code").asText())
                .isNotBlank();
    }

    @Test
    void theEventStream_startsWithAFullSnapshot() throws Exception {
        var response = http.send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/targets/box/events?fields=name"))
                        .header("Accept", "text/event-stream")
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofInputStream());
        try (var lines = new BufferedReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
            String line;
            StringBuilder first = new StringBuilder();
            while ((line = lines.readLine()) != null && !(line.isEmpty() && first.length() > 0)) {
                first.append(line).append('\n');
            }
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(first.toString()).contains(torrent.name());
        }
    }

    private long roundTrips() throws Exception {
        String metrics = PyrotorrentProcess.get(base + "metrics");
        return metrics.lines()
                .filter(l -> l.startsWith("pyrotorrent_rtorrent_requests_total{target=\"box\"}"))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }

    private JsonNode get(String path) throws Exception {
        return json.readTree(
                http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString())
                        .body());
    }

    private JsonNode postForm(String path, String form) throws Exception {
        return send(path, "application/x-www-form-urlencoded", form);
    }

    private JsonNode postJson(String path, String body) throws Exception {
        return send(path, "application/json", body);
    }

    private JsonNode send(String path, String type, String body) throws Exception {
        return json.readTree(http.send(
                        HttpRequest.newBuilder(URI.create(base + path))
                                .header("Content-Type", type)
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.ofString())
                .body());
    }

    private static java.util.List<String> fieldNames(JsonNode row) {
        var names = new java.util.ArrayList<String>();
        row.fieldNames().forEachRemaining(names::add);
        return names;
    }
}
