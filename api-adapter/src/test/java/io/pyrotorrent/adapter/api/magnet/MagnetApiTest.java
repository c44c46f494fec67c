package io.pyrotorrent.adapter.api.magnet;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.api.TestApi;
import io.pyrotorrent.domain.fake.TestTorrent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Magnet links over REST: one torrent, a selection, an unknown hash. */
class MagnetApiTest {

    private final TestApi api = TestApi.start();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void oneTorrent_andASelection_getTheirLinksWithTrackers() {
        var first =
                api.alpha.put(TestTorrent.single("one.iso").metainfo(), false).hash();
        var second =
                api.alpha.put(TestTorrent.single("two.iso").metainfo(), false).hash();

        var one = api.get("/api/v1/targets/alpha/torrents/" + first.hex() + "/magnet");
        var many = api.postJson(
                "/api/v1/targets/alpha/magnets", "{\"hashes\": [\"" + second.hex() + "\", \"" + first.hex() + "\"]}");

        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("magnet").asText())
                .startsWith("magnet:?xt=urn:btih:" + first.hex().toLowerCase() + "&dn=one.iso&tr=http%3A%2F%2F");
        assertThat(many.status()).isEqualTo(200);
        assertThat(many.json().at("/magnets/0/name").asText()).isEqualTo("two.iso");
        assertThat(many.json().at("/magnets/1/magnet").asText())
                .isEqualTo(one.json().get("magnet").asText());
    }

    @Test
    void anUnknownHash_is404_andABadBody400() {
        var unknown = api.get(
                "/api/v1/targets/alpha/torrents/" + TestTorrent.randomHash().hex() + "/magnet");
        var bad = api.postJson("/api/v1/targets/alpha/magnets", "{\"hashes\": []}");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.errorMessage()).contains("give {\"hashes\": [...]} with 1 to 1000 info-hashes");
    }
}
