package io.pyrotorrent.adapter.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pyrotorrent.adapter.api.TestApi;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.ClientFailure;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TorrentDetailsApiTest {

    private TestApi api;
    private TestTorrent torrent;

    @BeforeEach
    void start() {
        api = TestApi.start();
        var files = new LinkedHashMap<String, Long>();
        files.put("disc/one.flac", 3000L);
        files.put("cover.jpg", 500L);
        torrent = TestTorrent.multi("album", files);
        api.alpha.put(torrent.metainfo(), true);
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private String path() {
        return "/api/v1/targets/alpha/torrents/" + torrent.hash().hex();
    }

    @Test
    void aTorrent_withItsFilesPeersAndTrackers_inOneRoundTrip() {
        var reply = api.get(path() + "?include=files,peers,trackers");

        assertThat(reply.status()).isEqualTo(200);
        JsonNode body = reply.json();
        assertThat(body.at("/torrent/name").asText()).isEqualTo("album");
        assertThat(body.at("/torrent/state").asText()).isEqualTo("started");
        assertThat(body.at("/torrent/size_bytes").asLong()).isEqualTo(3500);
        assertThat(body.at("/torrent/peers").asLong()).isZero();
        assertThat(body.at("/files/0/index").asInt()).isZero();
        assertThat(body.at("/files/0/path").asText()).isEqualTo("disc/one.flac");
        assertThat(body.at("/files/1/priority").asText()).isEqualTo("normal");
        assertThat(body.get("peers").isArray()).isTrue();
        assertThat(body.at("/trackers/0/url").asText()).isEqualTo(TestTorrent.TRACKER);
        assertThat(api.alpha.roundTrips()).isEqualTo(1);
    }

    @Test
    void withoutInclude_onlyTheTorrent() {
        JsonNode body = api.get(path()).json();

        assertThat(body.fieldNames()).toIterable().containsExactly("torrent");
        assertThat(body.get("torrent").fieldNames()).toIterable().containsAll(TorrentColumns.allNames());
    }

    @Test
    void badInput_is400_unknownHashOrTarget_is404_andADeadTarget502() {
        assertThat(api.get(path() + "?include=seeds").errorMessage()).startsWith("include: unknown part 'seeds'");
        assertThat(api.get("/api/v1/targets/alpha/torrents/xyz").errorMessage())
                .startsWith("hash: an info-hash is exactly 40");
        var unknown = api.get(
                "/api/v1/targets/alpha/torrents/" + TestTorrent.randomHash().hex());
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("unknown_torrent");
        assertThat(api.get("/api/v1/targets/gamma/torrents/" + torrent.hash().hex())
                        .errorCode())
                .isEqualTo("unknown_target");
        api.alpha.failWith(new ClientFailure.Unreachable("gone"));
        assertThat(api.get(path()).status()).isEqualTo(502);
    }
}
