package io.pyrotorrent.adapter.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.api.RecordingClient;
import io.pyrotorrent.adapter.api.Reply;
import io.pyrotorrent.adapter.api.TestApi;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.InfoHash;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TorrentActionsApiTest {

    private TestApi api;
    private RecordingClient recorder;
    private InfoHash stopped;
    private InfoHash started;

    @BeforeEach
    void start() {
        api = TestApi.start(options -> options.alphaClient = client -> recorder = new RecordingClient(client));
        stopped = api.alpha.put(TestTorrent.unique("stopped").metainfo(), false).hash();
        started = api.alpha.put(TestTorrent.unique("started").metainfo(), true).hash();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private Reply action(InfoHash hash, String action) {
        return api.post("/api/v1/targets/alpha/torrents/" + hash.hex() + "/" + action, "application/json", new byte[0]);
    }

    private String state(InfoHash hash) {
        return api.get("/api/v1/targets/alpha/torrents/" + hash.hex())
                .json()
                .at("/torrent/state")
                .asText();
    }

    @Test
    void start_startsAStoppedTorrent() {
        var reply = action(stopped, "start");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("done").asBoolean()).isTrue();
        assertThat(state(stopped)).isEqualTo("started");
    }

    @Test
    void pauseResumeStopAndErase_eachChangeTheTorrent() {
        action(started, "pause");
        assertThat(state(started)).isEqualTo("paused");
        action(started, "resume");
        assertThat(state(started)).isEqualTo("started");
        action(started, "stop");
        assertThat(state(started)).isEqualTo("stopped");
        action(started, "erase");
        assertThat(api.get("/api/v1/targets/alpha/torrents/" + started.hex()).status())
                .isEqualTo(404);
    }

    @ParameterizedTest
    @ValueSource(strings = {"start", "stop", "pause", "resume", "recheck", "erase", "open", "close"})
    void everyAction_isOneRoundTrip_andAnUnknownHashIs404(String name) {
        assertThat(action(stopped, name).status()).isEqualTo(200);
        assertThat(recorder.requests).hasSize(1);

        var unknown = action(TestTorrent.randomHash(), name);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("unknown_torrent");
    }

    @Test
    void anUnknownAction_isA400_andABadHashToo() {
        assertThat(action(stopped, "explode").errorMessage()).startsWith("action: 'explode' is not one of start, stop");
        assertThat(action(stopped, "explode").status()).isEqualTo(400);
        assertThat(api.post("/api/v1/targets/alpha/torrents/123/start", "application/json", new byte[0])
                        .status())
                .isEqualTo(400);
    }

    @Test
    void rtorrentRefusingTheCommand_isA409Conflict() {
        recorder.refuseCommands(-1, "Torrent is busy.");

        var reply = action(stopped, "start");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.errorCode()).isEqualTo("rtorrent_refused");
        assertThat(reply.errorMessage()).isEqualTo("rTorrent refused (fault -1): Torrent is busy.");
    }

    @Test
    void aDeadOrSlowTarget_is502Or504() {
        api.alpha.failWith(new ClientFailure.Unreachable("down"));
        assertThat(action(stopped, "start").status()).isEqualTo(502);
        api.alpha.failWith(new ClientFailure.TimedOut(java.time.Duration.ofSeconds(1)));
        assertThat(action(stopped, "start").status()).isEqualTo(504);
    }

    @Test
    void bulk_runsOneActionOnManyTorrents_inOneRoundTrip_withAResultEach() {
        InfoHash unknown = TestTorrent.randomHash();

        var reply = api.postJson(
                "/api/v1/targets/alpha/torrents/actions", """
                {"action": "start", "hashes": ["%s", "%s", "%s"]}""".formatted(stopped.hex(), unknown.hex(), started.hex()));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().at("/results/0/done").asBoolean()).isTrue();
        assertThat(reply.json().at("/results/1/done").asBoolean()).isFalse();
        assertThat(reply.json().at("/results/1/error/code").asText()).isEqualTo("unknown_torrent");
        assertThat(reply.json().at("/results/2/hash").asText()).isEqualTo(started.hex());
        assertThat(recorder.requests).hasSize(1);
        assertThat(state(stopped)).isEqualTo("started");
    }

    @Test
    void bulk_badBodies_areA400NamingTheField() {
        String path = "/api/v1/targets/alpha/torrents/actions";
        assertThat(api.postJson(path, "{\"action\": \"start\", \"hashes\": []}").errorMessage())
                .startsWith("hashes: give one to");
        assertThat(api.postJson(path, "{\"action\": \"start\", \"hashes\": [\"nope\"]}")
                        .errorMessage())
                .startsWith("hashes[0]: an info-hash");
        assertThat(api.postJson(path, "{\"action\": \"start\", \"hashes\": \"" + stopped.hex() + "\"}")
                        .errorMessage())
                .startsWith("hashes: expected an array, got a string");
        assertThat(api.postJson(path, "{\"action\": 5, \"hashes\": []}").errorMessage())
                .startsWith("action: expected a string");
        assertThat(api.postJson(path, "{\"hashes\": [\"" + stopped.hex() + "\"]}")
                        .errorMessage())
                .isEqualTo("action: required");
        assertThat(api.postJson(path, "{\"action\": \"start\", \"hashes\": [], \"force\": true}")
                        .errorMessage())
                .startsWith("unknown field 'force'");
        assertThat(api.postJson(path, "[]").errorMessage()).startsWith("expected a JSON object, got an array");
        assertThat(api.post(path, "text/plain", "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                        .status())
                .isEqualTo(415);
        assertThat(recorder.requests).isEmpty();
    }
}
