package io.pyrotorrent.adapter.api.rest;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.api.Reply;
import io.pyrotorrent.adapter.api.TestApi;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.files.StorageMapping;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Remove with data over REST, on real files: alpha's /downloads is the temp dir; beta has no mapping. */
class TorrentRemovalApiTest {

    @TempDir
    Path disk;

    private TestApi api;
    private TestTorrent iso;

    @BeforeEach
    void start() throws Exception {
        api = TestApi.start(
                options -> options.storage = Map.of(TargetName.of("alpha"), new StorageMapping("/downloads", disk)));
        iso = TestTorrent.unique("iso");
        api.alpha.put(iso.metainfo(), false);
        Files.writeString(disk.resolve(iso.name()), "12345");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private String data(String target, TestTorrent torrent) {
        return "/api/v1/targets/" + target + "/torrents/" + torrent.hash().hex() + "/data";
    }

    private Reply delete(String path) {
        return api.send(HttpRequest.newBuilder(api.uri(path)).DELETE());
    }

    @Test
    void get_previewsTheFilesAndBytes_andChangesNothing() {
        var reply = api.get(data("alpha", iso));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().at("/visible").asBoolean()).isTrue();
        assertThat(reply.json().at("/bytes").asLong()).isEqualTo(5);
        assertThat(reply.json().at("/deleted/0/path").asText()).isEqualTo(iso.name());
        assertThat(disk.resolve(iso.name())).exists();
    }

    @Test
    void delete_removesTheTorrentThenItsFile() {
        var reply = delete(data("alpha", iso));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().at("/removed").asBoolean()).isTrue();
        assertThat(reply.json().at("/bytesDeleted").asLong()).isEqualTo(5);
        assertThat(api.alpha.all()).isEmpty();
        assertThat(disk.resolve(iso.name())).doesNotExist();
    }

    @Test
    void withoutAMapping_thePreviewSaysSo_andDeleteIsRefusedWithTheReason() {
        var other = TestTorrent.unique("beta");
        api.beta.put(other.metainfo(), false);

        var preview = api.get(data("beta", other));
        var refused = delete(data("beta", other));

        assertThat(preview.json().at("/visible").asBoolean()).isFalse();
        assertThat(preview.json().at("/reason").asText()).contains("no storage mapping");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body()).contains("without its data");
        assertThat(api.beta.all()).hasSize(1);
    }

    @Test
    void bulk_startsAJob_thatTheCallerFollowsToTheEnd() {
        var started = api.postJson(
                "/api/v1/targets/alpha/removals",
                "{\"hashes\": [\"" + iso.hash().hex() + "\"]}");

        assertThat(started.status()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();
        Reply job = api.get(location);
        var deadline = Instant.now().plus(Duration.ofSeconds(10));
        while (!job.json().at("/finished").asBoolean() && Instant.now().isBefore(deadline)) {
            job = api.get(location);
        }
        assertThat(job.json().at("/finished").asBoolean()).isTrue();
        assertThat(job.json().at("/done").asInt()).isEqualTo(1);
        assertThat(job.json().at("/results/0/removed").asBoolean()).isTrue();
        assertThat(disk.resolve(iso.name())).doesNotExist();
    }

    @Test
    void badInput_isNamed_andUnknownJobsAreNotFound() {
        assertThat(api.postJson("/api/v1/targets/alpha/removals", "{\"hashes\": []}")
                        .body())
                .contains("hashes");
        assertThat(api.postJson("/api/v1/targets/alpha/removals", "{\"hashes\": [\"nope\"]}")
                        .body())
                .contains("hashes[0]");
        assertThat(api.get("/api/v1/jobs/not-a-job").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/jobs/00000000-0000-0000-0000-000000000000").status())
                .isEqualTo(404);
        assertThat(api.get(data("nowhere", iso)).status()).isEqualTo(404);
    }
}
