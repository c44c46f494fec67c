package io.pyrotorrent.adapter.api.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pyrotorrent.adapter.api.TestApi;
import io.pyrotorrent.domain.fake.TestTorrent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class LegacyApiTest {

    private TestApi api;
    private TestTorrent seeding;
    private TestTorrent stopped;

    @BeforeEach
    void start() {
        api = TestApi.start();
        seeding = TestTorrent.unique("seeding");
        stopped = TestTorrent.unique("stopped");
        api.alpha.put(seeding.metainfo(), true).complete(true).rates(300, 200);
        api.alpha.put(stopped.metainfo(), false);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    /** The example of the original's documentation, all for one target. */
    private String example() {
        return """
                [{"type": "torrentrequester", "target": "alpha", "view": "", "attributes": [
                    ["get_name", []], ["get_download_rate", []], ["get_upload_rate", []], ["is_complete", []],
                    ["get_size_bytes", []], ["get_download_total", []], ["get_hash", []]]},
                 {"type": "rtorrent", "target": "alpha", "attributes": [["set_upload_throttle", [20480]], ["get_upload_throttle", []]]},
                 {"type": "rtorrent", "target": "alpha", "attributes": [["set_upload_throttle", [40960]], ["get_upload_throttle", []]]},
                 {"type": "torrent", "target": "alpha", "hash": "%s", "attributes": [["get_hash", []], ["get_name", []], ["is_complete", []]]}]
                """.formatted(seeding.hash().hex());
    }

    @Test
    @DisplayName("the original's example answers element by element, with rTorrent's raw values")
    void theExample_answersEachElementInOrder() {
        var reply = api.legacy(example());

        assertThat(reply.status()).isEqualTo(200);
        JsonNode answer = reply.json();
        assertThat(answer).hasSize(4);
        JsonNode torrents = answer.get(0);
        assertThat(torrents).hasSize(2);
        JsonNode first = torrents.get(0);
        assertThat(first.get("get_name").asText()).isEqualTo(seeding.name());
        assertThat(first.get("get_download_rate").asLong()).isEqualTo(200);
        assertThat(first.get("get_upload_rate").asLong()).isEqualTo(300);
        assertThat(first.get("is_complete").isIntegralNumber()).isTrue();
        assertThat(first.get("is_complete").asLong()).isEqualTo(1);
        assertThat(first.get("get_size_bytes").asLong()).isEqualTo(1000);
        assertThat(first.get("get_download_total").asLong()).isZero();
        assertThat(first.get("get_hash").asText()).isEqualTo(seeding.hash().hex());
        assertThat(torrents.get(1).get("is_complete").asLong()).isZero();
        assertThat(answer.get(1).get("set_upload_throttle").asLong()).isZero();
        assertThat(answer.get(1).get("get_upload_throttle").asLong()).isEqualTo(20480);
        assertThat(answer.get(2).get("get_upload_throttle").asLong()).isEqualTo(40960);
        assertThat(answer.get(3).get("get_hash").asText())
                .isEqualTo(seeding.hash().hex());
        assertThat(answer.get(3).get("get_name").asText()).isEqualTo(seeding.name());
        assertThat(answer.get(3).get("is_complete").asLong()).isEqualTo(1);
    }

    @Test
    @DisplayName("every set and get for one target goes to rTorrent in exactly one round trip")
    void theExample_costsOneRoundTripPerTarget() {
        long before = api.alpha.roundTrips();

        api.legacy(example());

        assertThat(api.alpha.roundTrips() - before).isEqualTo(1);
        assertThat(api.beta.roundTrips()).isZero();
    }

    @Test
    void twoTargets_eachGetOneRoundTrip() {
        var reply = api.postJson("/api", """
                [{"type": "rtorrent", "target": "alpha", "attributes": [["get_hostname", []]]},
                 {"type": "rtorrent", "target": "beta", "attributes": [["get_client_version", []], ["get_view_list", []]]},
                 {"type": "rtorrent", "target": "alpha", "attributes": [["get_process_id", []]]}]""");

        assertThat(reply.json().get(0).get("get_hostname").asText()).isEqualTo("fake-rtorrent");
        assertThat(reply.json().get(1).get("get_client_version").asText()).isEqualTo("0.9.8");
        assertThat(reply.json().get(1).get("get_view_list").isArray()).isTrue();
        assertThat(reply.json().get(2).get("get_process_id").asLong()).isEqualTo(4242);
        assertThat(api.alpha.roundTrips()).isEqualTo(1);
        assertThat(api.beta.roundTrips()).isEqualTo(1);
    }

    @Test
    void theSameArray_asAJsonBody_answersTheSame() {
        var form = api.legacy(example()).json();
        var json = api.postJson("/api", example()).json();

        assertThat(json).isEqualTo(form);
    }

    @Test
    void torrentActions_changeTheTorrentAndALaterGetSeesIt() {
        var reply = api.legacy("""
                [{"type": "torrent", "target": "alpha", "hash": "%s",
                  "attributes": [["get_state", []], ["start", []], ["get_state", []], ["is_active", []]]}]""".formatted(stopped.hash().hex()));

        JsonNode torrent = reply.json().get(0);
        assertThat(torrent.get("start").asLong()).isZero();
        assertThat(torrent.get("get_state").asLong()).isEqualTo(1);
        assertThat(torrent.get("is_active").asLong()).isEqualTo(1);
        assertThat(api.alpha.roundTrips()).isEqualTo(1);
    }

    @Test
    void addTorrentRaw_loadsABase64TorrentFile() {
        TestTorrent added = TestTorrent.unique("raw");
        String base64 = java.util.Base64.getEncoder().encodeToString(added.bytes());

        var reply = api.legacy("""
                [{"type": "rtorrent", "target": "beta", "attributes": [["add_torrent_raw_start", ["%s"]]]},
                 {"type": "torrent", "target": "beta", "hash": "%s", "attributes": [["get_name", []], ["get_state", []]]}]""".formatted(base64, added.hash().hex()));

        assertThat(reply.json().get(0).get("add_torrent_raw_start").asLong()).isZero();
        assertThat(reply.json().get(1).get("get_name").asText()).isEqualTo(added.name());
        assertThat(reply.json().get(1).get("get_state").asLong()).isEqualTo(1);
    }

    @Test
    void addTorrent_sendsAMagnetToRtorrent() {
        var hash = TestTorrent.randomHash();

        var reply = api.legacy("""
                [{"type": "rtorrent", "target": "beta", "attributes": [["add_torrent", ["%s"]]]}]""".formatted(TestTorrent.magnet(hash).uri()));

        assertThat(reply.json().get(0).get("add_torrent").asLong()).isZero();
        assertThat(api.beta.torrent(hash).hash()).isEqualTo(hash);
    }

    @Test
    void addTorrentByUrl_isFetchedByPyrotorrentUnderItsRules_neverByRtorrent() {
        var reply = api.legacy("""
                [{"type": "rtorrent", "target": "beta", "attributes": [["add_torrent", ["https://example.test/x.torrent"]]]},
                 {"type": "rtorrent", "target": "beta", "attributes": [["add_torrent", ["http://127.0.0.1:5000/RPC2"]]]}]""");

        assertThat(reply.json().get(0).get("add_torrent").asLong()).isZero();
        assertThat(api.beta.torrent(TestApi.DOWNLOADABLE.hash()).hash()).isEqualTo(TestApi.DOWNLOADABLE.hash());
        assertThat(reply.json().get(1).at("/error/message").asText()).contains("add_torrent", "loopback");
    }

    @Test
    void requesters_answerOneObjectPerFileAndTracker() {
        var reply = api.legacy("""
                [{"type": "filerequester", "target": "alpha", "hash": "%1$s", "attributes": [["get_path", []], ["get_size_bytes", []]]},
                 {"type": "trackerrequester", "target": "alpha", "hash": "%1$s", "attributes": [["get_url", []], ["is_enabled", []]]},
                 {"type": "peerrequester", "target": "alpha", "hash": "%1$s", "attributes": [["get_address", []]]}]""".formatted(seeding.hash().hex()));

        assertThat(reply.json().get(0).get(0).get("get_path").asText()).isEqualTo(seeding.name());
        assertThat(reply.json().get(0).get(0).get("get_size_bytes").asLong()).isEqualTo(1000);
        assertThat(reply.json().get(1).get(0).get("get_url").asText()).isEqualTo(TestTorrent.TRACKER);
        assertThat(reply.json().get(1).get(0).get("is_enabled").asLong()).isEqualTo(1);
        assertThat(reply.json().get(2).isArray()).isTrue();
        assertThat(api.alpha.roundTrips()).isEqualTo(1);
    }
}
