package io.pyrotorrent.adapter.api.throttle;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.api.TestApi;
import io.pyrotorrent.domain.fake.TestTorrent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Throttle groups over REST, on the fake (which refuses the change on an active torrent as rTorrent does). */
class ThrottleApiTest {

    private final TestApi api = TestApi.start();

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void defineAGroup_putTorrentsInIt_andReadItBack() {
        var started = api.alpha.put(TestTorrent.unique("started").metainfo(), true);
        var stopped = api.alpha.put(TestTorrent.unique("stopped").metainfo(), false);

        var defined = api.putJson("/api/v1/targets/alpha/throttles/slow", "{\"up\": 100, \"down\": 0}");
        var assigned = api.postJson(
                "/api/v1/targets/alpha/torrents/throttle",
                "{\"hashes\": [\"" + started.hash().hex() + "\", \""
                        + stopped.hash().hex() + "\"], \"group\": \"slow\"}");
        var listed = api.get("/api/v1/targets/alpha/throttles");
        var torrents = api.get("/api/v1/targets/alpha/torrents?fields=hash,throttle");

        assertThat(defined.status()).isEqualTo(200);
        assertThat(assigned.status()).isEqualTo(200);
        assertThat(assigned.json().get("moved")).hasSize(2);
        assertThat(assigned.json().at("/resumed/0").asText())
                .isEqualTo(started.hash().hex());
        assertThat(started.throttle()).isEqualTo("slow");
        assertThat(stopped.throttle()).isEqualTo("slow");
        assertThat(listed.json().at("/groups/0/name").asText()).isEqualTo("slow");
        assertThat(listed.json().at("/groups/0/torrents").asInt()).isEqualTo(2);
        assertThat(listed.json().get("kept").asBoolean()).isFalse();
        assertThat(torrents.body()).contains("\"throttle\":\"slow\"");
    }

    @Test
    void badNamesAndRates_are400NamingTheField() {
        var t = api.alpha.put(TestTorrent.unique("t").metainfo(), false);

        var badName = api.putJson("/api/v1/targets/alpha/throttles/NULL", "{\"up\": 1, \"down\": 1}");
        var badRate = api.putJson("/api/v1/targets/alpha/throttles/ok", "{\"up\": -1, \"down\": 1}");
        var noDown = api.putJson("/api/v1/targets/alpha/throttles/ok", "{\"up\": 1}");
        var badGroup = api.postJson(
                "/api/v1/targets/alpha/torrents/throttle",
                "{\"hashes\": [\"" + t.hash().hex() + "\"], \"group\": \"a b\"}");
        var noHashes = api.postJson("/api/v1/targets/alpha/torrents/throttle", "{\"hashes\": [], \"group\": \"ok\"}");
        var unknownTarget = api.get("/api/v1/targets/nowhere/throttles");

        assertThat(badName.status()).isEqualTo(400);
        assertThat(badName.errorMessage()).contains("name: rTorrent reserves the throttle group name 'NULL'");
        assertThat(badRate.status()).isEqualTo(400);
        assertThat(badRate.errorMessage()).contains("up: expected 0 to 1048576, not -1");
        assertThat(noDown.errorMessage()).contains("down: required");
        assertThat(badGroup.errorMessage()).contains("group: a throttle group name is 1 to 32 letters");
        assertThat(noHashes.errorMessage()).contains("hashes: give one to 1000 info-hashes");
        assertThat(unknownTarget.status()).isEqualTo(404);
        assertThat(t.throttle()).isEmpty();
    }
}
