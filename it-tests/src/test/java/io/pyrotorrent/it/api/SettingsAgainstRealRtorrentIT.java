package io.pyrotorrent.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pyrotorrent.it.support.AppOnRtorrent;
import io.pyrotorrent.it.support.RtorrentContainer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Client settings through the real jar on real rTorrent 0.9.8: each setter of the command table
 * exists there and takes the value, read back in the same round trip. The 0.16 variant runs the
 * same over JSON-RPC.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(120)
class SettingsAgainstRealRtorrentIT {

    @TempDir
    static Path dir;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private AppOnRtorrent running;
    private String settings;

    String rtorrentImage() {
        return RtorrentContainer.IMAGE;
    }

    @BeforeAll
    void start() {
        running = AppOnRtorrent.start(rtorrentImage(), dir, "", "", List.of("box"), List.of());
        settings = running.base() + "api/v1/targets/box/settings";
    }

    @AfterAll
    void stop() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    @Order(1)
    void everySetting_isReadFromRtorrent_asTheTestRcSetIt() throws Exception {
        var read = send("GET", "");

        assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
        JsonNode values = json.readTree(read.body()).get("settings");
        assertThat(values.get("port_range").asText()).isEqualTo("50000-50000");
        assertThat(values.get("port_random").asBoolean()).isFalse();
        assertThat(values.get("pex").asBoolean()).isFalse();
        assertThat(values.get("default_directory").asText()).isEqualTo("/rt/download");
        assertThat(values.get("max_peers").asLong()).isPositive();
        assertThat(values.get("pieces_memory").asLong()).isPositive();
        assertThat(values.get("dht").isNull()).isTrue();
    }

    @Test
    void everySetter_takesItsValue_andTheAnswerIsWhatRtorrentReadsBack() throws Exception {
        var changed = send(
                "PUT",
                "{\"max_peers\": 150, \"max_peers_seed\": 40, \"max_uploads\": 20, \"max_uploads_global\": 100,"
                        + " \"max_downloads_global\": 30, \"port_range\": \"51000-51010\", \"port_random\": true,"
                        + " \"dht\": \"off\", \"pex\": true, \"encryption\": [\"allow_incoming\", \"try_outgoing\"],"
                        + " \"pieces_memory\": 536870912, \"hash_on_completion\": false,"
                        + " \"default_directory\": \"/rt/download/in\"}");

        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        JsonNode answer = json.readTree(changed.body());
        JsonNode values = answer.get("settings");
        assertThat(values.get("max_peers").asLong()).isEqualTo(150);
        assertThat(values.get("max_peers_seed").asLong()).isEqualTo(40);
        assertThat(values.get("max_uploads").asLong()).isEqualTo(20);
        assertThat(values.get("max_uploads_global").asLong()).isEqualTo(100);
        assertThat(values.get("max_downloads_global").asLong()).isEqualTo(30);
        assertThat(values.get("port_range").asText()).isEqualTo("51000-51010");
        assertThat(values.get("port_random").asBoolean()).isTrue();
        assertThat(values.get("dht").asText()).isEqualTo("off");
        assertThat(values.get("pex").asBoolean()).isTrue();
        assertThat(values.get("encryption").toString()).isEqualTo("[\"allow_incoming\",\"try_outgoing\"]");
        assertThat(values.get("pieces_memory").asLong()).isEqualTo(536870912);
        assertThat(values.get("hash_on_completion").asBoolean()).isFalse();
        assertThat(values.get("default_directory").asText()).isEqualTo("/rt/download/in");
        assertThat(answer.get("notTaken")).isEmpty();
        assertThat(json.readTree(send("GET", "").body())
                        .at("/settings/max_peers")
                        .asLong())
                .isEqualTo(150);
    }

    @Test
    void aBadValue_isRefusedBeforeRtorrent_whichWouldHaveTakenIt() throws Exception {
        // rTorrent itself stores "bogus" as a port range (tried on 0.9.8 and 0.16).
        var refused = send("PUT", "{\"port_range\": \"bogus\"}");

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("port_range takes a port range");
        assertThat(json.readTree(send("GET", "").body())
                        .at("/settings/port_range")
                        .asText())
                .doesNotContain("bogus");
    }

    /** UDP trackers: 0.9.8 takes the change; the 0.16 variant overrides this with what 0.16 does. */
    @Test
    void udpTrackers_canBeTurnedOff() throws Exception {
        JsonNode answer = json.readTree(send("PUT", "{\"udp_trackers\": false}").body());

        assertUdpTrackersOff(answer);
    }

    void assertUdpTrackersOff(JsonNode answer) {
        assertThat(answer.at("/settings/udp_trackers").asBoolean()).isFalse();
        assertThat(answer.get("notTaken")).isEmpty();
    }

    HttpResponse<String> send(String method, String body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(settings)).timeout(Duration.ofSeconds(20));
        if (method.equals("GET")) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(body));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
