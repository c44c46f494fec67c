package io.pyrotorrent.adapter.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.api.TestApi;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.InfoHash;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TorrentTrackersApiTest {

    private TestApi api;
    private InfoHash hash;
    private String torrent;

    @BeforeEach
    void start() {
        api = TestApi.start();
        hash = api.alpha.put(TestTorrent.unique("tracked").metainfo(), false).hash();
        torrent = "/api/v1/targets/alpha/torrents/" + hash.hex();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aTrackerAdded_thenDisabled_showsInTheDetailsWithItsScrapeCounts() {
        var added = api.postJson(torrent + "/trackers", "{\"url\": \"udp://tracker.example:6969/announce\"}");
        var disabled = api.putJson(torrent + "/trackers/1/enabled", "{\"enabled\": false}");

        assertThat(added.status()).isEqualTo(200);
        assertThat(disabled.status()).isEqualTo(200);
        var trackers = api.get(torrent + "?include=trackers").json().at("/trackers");
        assertThat(trackers).hasSize(2);
        assertThat(trackers.get(1).toString())
                .contains("udp://tracker.example:6969/announce")
                .contains("\"enabled\":false")
                .contains("scrape_complete");
    }

    @Test
    void reannounce_isAnAction_forOneTorrentOrASelection() {
        var one = api.post(torrent + "/reannounce", "application/json", new byte[0]);
        var many = api.postJson(
                "/api/v1/targets/alpha/torrents/actions",
                "{\"action\": \"reannounce\", \"hashes\": [\"" + hash.hex() + "\"]}");

        assertThat(one.status()).isEqualTo(200);
        assertThat(many.json().at("/results/0/done").asBoolean()).isTrue();
        assertThat(api.alpha.torrent(hash).announces()).isEqualTo(2);
    }

    @Test
    void badInput_isNamed() {
        assertThat(api.postJson(torrent + "/trackers", "{\"url\": \"file:///etc/passwd\"}")
                        .body())
                .contains("url: ");
        assertThat(api.putJson(torrent + "/trackers/0/enabled", "{\"enabled\": \"yes\"}")
                        .status())
                .isEqualTo(400);
        assertThat(api.putJson(torrent + "/trackers/9/enabled", "{\"enabled\": true}")
                        .status())
                .isEqualTo(404);
        assertThat(api.postJson(
                                "/api/v1/targets/nowhere/torrents/" + hash.hex() + "/trackers",
                                "{\"url\": \"http://t/a\"}")
                        .status())
                .isEqualTo(404);
    }
}
