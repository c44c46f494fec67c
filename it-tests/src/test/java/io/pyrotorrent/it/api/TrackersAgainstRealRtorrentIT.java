package io.pyrotorrent.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.it.support.AppOnRtorrent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Adding, disabling and reannouncing trackers through the real jar on real rTorrent 0.9.8. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class TrackersAgainstRealRtorrentIT {

    /** Nobody listens on port 1: announces fail at once and never leave the machine. */
    private static final String ADDED = "http://127.0.0.1:1/added/announce";

    @TempDir
    static Path dir;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final TestTorrent torrent = TestTorrent.unique("trackers");
    private AppOnRtorrent running;
    private String base;

    @BeforeAll
    void start() {
        running = AppOnRtorrent.start(dir, "", "", List.of("box"), List.of(torrent));
        base = running.base() + "api/v1/targets/box/torrents/" + torrent.hash().hex();
        running.process()
                .await(
                        running.base() + "api/v1/targets/box/torrents?fields=hash",
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
    void aTrackerIsAdded_disabled_andTheTorrentReannounced() throws Exception {
        var added = send("POST", "/trackers", "{\"url\": \"" + ADDED + "\"}");
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        JsonNode trackers = trackers();
        assertThat(trackers).hasSize(2);
        assertThat(trackers.get(1).at("/url").asText()).isEqualTo(ADDED);
        assertThat(trackers.get(1).at("/enabled").asBoolean()).isTrue();
        assertThat(trackers.get(1).has("scrape_complete")).isTrue();

        var disabled = send("PUT", "/trackers/1/enabled", "{\"enabled\": false}");
        assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
        assertThat(trackers().get(1).at("/enabled").asBoolean()).isFalse();
        assertThat(trackers().get(0).at("/enabled").asBoolean()).isTrue();

        var reannounced = send("POST", "/reannounce", "");
        assertThat(reannounced.statusCode()).as(reannounced.body()).isEqualTo(200);
        var missing = send("PUT", "/trackers/9/enabled", "{\"enabled\": true}");
        assertThat(missing.statusCode()).as(missing.body()).isEqualTo(404);

        var cliAdd = cli("add-tracker", "udp://127.0.0.1:1/cli", torrent.hash().hex());
        var cliAnnounce = cli("reannounce", torrent.hash().hex());
        assertThat(cliAdd.exitCode()).as(cliAdd.stderr()).isZero();
        assertThat(cliAnnounce.exitCode()).as(cliAnnounce.stderr()).isZero();
        assertThat(trackers()).hasSize(3);
        assertThat(trackers().get(2).at("/url").asText()).isEqualTo("udp://127.0.0.1:1/cli");
    }

    private io.pyrotorrent.it.support.PyrotorrentProcess.Result cli(String... args) {
        var all = new java.util.ArrayList<>(List.of("--config", running.config().toString()));
        all.addAll(List.of(args));
        return io.pyrotorrent.it.support.PyrotorrentProcess.run(dir, all.toArray(String[]::new));
    }

    private JsonNode trackers() throws Exception {
        var reply = http.send(
                HttpRequest.newBuilder(URI.create(base + "?include=trackers"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return json.readTree(reply.body()).at("/trackers");
    }

    private HttpResponse<String> send(String method, String path, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body))
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
