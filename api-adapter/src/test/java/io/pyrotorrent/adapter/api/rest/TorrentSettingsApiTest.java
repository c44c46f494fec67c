package io.pyrotorrent.adapter.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.api.RecordingClient;
import io.pyrotorrent.adapter.api.TestApi;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.InfoHash;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Throttle, torrent priority and label, file priority. */
class TorrentSettingsApiTest {

    private TestApi api;
    private RecordingClient recorder;
    private InfoHash hash;

    @BeforeEach
    void start() {
        api = TestApi.start(options -> options.alphaClient = client -> recorder = new RecordingClient(client));
        var files = new LinkedHashMap<String, Long>();
        files.put("a.bin", 100L);
        files.put("b.bin", 200L);
        hash = api.alpha
                .put(TestTorrent.multi("two-files", files).metainfo(), true)
                .hash();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private String torrent() {
        return "/api/v1/targets/alpha/torrents/" + hash.hex();
    }

    @Test
    void throttle_setsBothLimitsInOneRoundTrip() {
        var reply = api.putJson("/api/v1/targets/alpha/throttle", "{\"up\": 20480, \"down\": 0}");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("up").asLong()).isEqualTo(20480);
        assertThat(recorder.requests).hasSize(1);
        assertThat(api.get("/api/v1/targets").json().at("/targets/0/up_limit").asLong())
                .isEqualTo(20480);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "{}",
                "{\"up\": -1}",
                "{\"up\": 1073741825}",
                "{\"up\": \"fast\"}",
                "{\"up\": 1.5}",
                "{\"up\": 123456789012345678901234567890}",
                "{\"up\": 1, \"sideways\": 2}",
                "null",
                "",
                "{\"up\": 1e999}"
            })
    void throttle_badBodies_areA400(String body) {
        var reply = api.putJson("/api/v1/targets/alpha/throttle", body);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorCode()).isEqualTo("bad_request");
        assertThat(recorder.requests).isEmpty();
    }

    @Test
    void priorityAndLabel_areSetAndReadBack() {
        assertThat(api.putJson(torrent() + "/priority", "{\"priority\": \"high\"}")
                        .status())
                .isEqualTo(200);
        assertThat(api.putJson(torrent() + "/label", "{\"label\": \"  linux isos \"}")
                        .json()
                        .get("label")
                        .asText())
                .isEqualTo("linux isos");

        var row = api.get(torrent()).json().get("torrent");
        assertThat(row.get("priority").asText()).isEqualTo("high");
        assertThat(row.get("label").asText()).isEqualTo("linux isos");
    }

    @Test
    void priorityAndLabel_refuseBadValues() {
        assertThat(api.putJson(torrent() + "/priority", "{\"priority\": \"urgent\"}")
                        .errorMessage())
                .isEqualTo("priority: expected one of off, low, normal, high");
        assertThat(api.putJson(torrent() + "/priority", "{\"priority\": 3}").errorMessage())
                .startsWith("priority: expected a string");
        assertThat(api.putJson(torrent() + "/label", "{\"label\": \"" + "x".repeat(129) + "\"}")
                        .errorMessage())
                .startsWith("label: a label is at most 128");
        assertThat(api.putJson(torrent() + "/label", "{}").errorMessage()).isEqualTo("label: required");
        assertThat(api.putJson(
                                "/api/v1/targets/alpha/torrents/"
                                        + TestTorrent.randomHash().hex() + "/label",
                                "{\"label\": \"x\"}")
                        .status())
                .isEqualTo(404);
    }

    @Test
    void filePriority_setsOneFile_andAnUnknownFileIs404() {
        var reply = api.putJson(torrent() + "/files/1/priority", "{\"priority\": \"off\"}");

        assertThat(reply.status()).isEqualTo(200);
        var files = api.get(torrent() + "?include=files").json().get("files");
        assertThat(files.get(0).get("priority").asText()).isEqualTo("normal");
        assertThat(files.get(1).get("priority").asText()).isEqualTo("off");
        var missing = api.putJson(torrent() + "/files/7/priority", "{\"priority\": \"off\"}");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.errorCode()).isEqualTo("unknown_file");
        assertThat(api.putJson(torrent() + "/files/-1/priority", "{\"priority\": \"off\"}")
                        .errorMessage())
                .startsWith("index: ");
        assertThat(api.putJson(torrent() + "/files/0/priority", "{\"priority\": \"low\"}")
                        .errorMessage())
                .isEqualTo("priority: expected one of off, normal, high");
    }

    @Test
    void aRefusedSetting_isA409() {
        recorder.refuseCommands(-503, "Could not set.");

        assertThat(api.putJson("/api/v1/targets/alpha/throttle", "{\"down\": 1}")
                        .status())
                .isEqualTo(409);
        assertThat(api.putJson(torrent() + "/priority", "{\"priority\": \"low\"}")
                        .status())
                .isEqualTo(409);
    }
}
