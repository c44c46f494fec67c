package io.pyrotorrent.adapter.api.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pyrotorrent.adapter.api.Reply;
import io.pyrotorrent.adapter.api.TestApi;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.files.StorageMapping;
import io.pyrotorrent.domain.model.metainfo.Metainfo;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Move and create over REST on real files: alpha's /downloads is the temp dir; beta has no mapping. */
class MoveAndCreateApiTest {

    @TempDir
    Path disk;

    private TestApi api;
    private TestTorrent iso;

    @BeforeEach
    void start() throws Exception {
        api = TestApi.start(
                options -> options.storage = Map.of(TargetName.of("alpha"), new StorageMapping("/downloads", disk)));
        iso = TestTorrent.unique("iso");
        api.alpha.put(iso.metainfo(), true);
        Files.writeString(disk.resolve(iso.name()), "12345");
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @Test
    void aMove_isAcceptedAsAJob_thatEndsWithTheFileAtTheNewPlace_andIsAudited() {
        Reply started = api.postJson(
                "/api/v1/targets/alpha/moves",
                "{\"hashes\": [\"" + iso.hash().hex() + "\"], \"directory\": \"/downloads/done\"}");

        assertThat(started.status()).as(started.body()).isEqualTo(202);
        JsonNode job = finished(started.json().at("/job").asText());
        assertThat(job.at("/kind").asText()).isEqualTo("move");
        assertThat(job.at("/results/0/ok").asBoolean()).as(job.toString()).isTrue();
        assertThat(job.at("/percent").asInt()).isEqualTo(100);
        assertThat(disk.resolve("done/" + iso.name())).hasContent("12345");
        assertThat(api.get("/api/v1/audit").body()).contains("Move to /downloads/done");
    }

    @Test
    void badMoves_areRefusedWithAMessageNamingTheField() {
        String hash = iso.hash().hex();

        Reply outside = api.postJson(
                "/api/v1/targets/alpha/moves", "{\"hashes\": [\"" + hash + "\"], \"directory\": \"/etc\"}");
        Reply noDirectory = api.postJson("/api/v1/targets/alpha/moves", "{\"hashes\": [\"" + hash + "\"]}");
        Reply unmapped =
                api.postJson("/api/v1/targets/beta/moves", "{\"hashes\": [\"" + hash + "\"], \"directory\": \"/x\"}");
        Reply quote = api.postJson(
                "/api/v1/targets/alpha/moves",
                "{\"hashes\": [\"" + hash + "\"], \"directory\": \"/downloads/a\\\"b\"}");

        assertThat(outside.status()).isEqualTo(400);
        assertThat(outside.body()).contains("destination: /etc is outside the target's storage /downloads");
        assertThat(noDirectory.status()).isEqualTo(400);
        assertThat(noDirectory.body()).contains("directory: required");
        assertThat(unmapped.status()).isEqualTo(400);
        assertThat(unmapped.body()).contains("no storage mapping");
        assertThat(quote.status()).isEqualTo(400);
        assertThat(quote.body()).contains("directory: a download directory cannot contain");
        assertThat(disk.resolve(iso.name())).exists();
    }

    @Test
    void aCreation_hashesAsAJob_andTheTorrentDownloadsAfterwards() throws Exception {
        Files.createDirectories(disk.resolve("album"));
        Files.writeString(disk.resolve("album/track.flac"), "x".repeat(100_000));

        Reply started = api.postJson(
                "/api/v1/targets/alpha/creations",
                "{\"path\": \"/downloads/album\", \"trackers\": [\"http://t.example/a\", [\"udp://u.example:1\"]],"
                        + " \"private\": true, \"comment\": \"mine\"}");

        assertThat(started.status()).as(started.body()).isEqualTo(202);
        String id = started.json().at("/job").asText();
        JsonNode job = finished(id);
        assertThat(job.at("/kind").asText()).isEqualTo("create");
        assertThat(job.at("/doneBytes").asLong()).isEqualTo(100_000);
        var file = api.http()
                .send(
                        HttpRequest.newBuilder(api.uri("/api/v1/jobs/" + id + "/torrent"))
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Disposition")).hasValue("attachment; filename=\"album.torrent\"");
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/x-bittorrent");
        Metainfo parsed = Metainfo.parse(file.body());
        assertThat(parsed.name()).isEqualTo("album");
        assertThat(parsed.trackers()).contains("http://t.example/a", "udp://u.example:1");
        assertThat(job.at("/results/0/message").asText()).contains(parsed.hash().hex());
    }

    @Test
    void badCreations_areRefusedNamingTheField() {
        Reply piece =
                api.postJson("/api/v1/targets/alpha/creations", "{\"path\": \"/downloads/x\", \"pieceSize\": 1000}");
        Reply missing = api.postJson("/api/v1/targets/alpha/creations", "{\"path\": \"/downloads/none\"}");
        Reply tracker = api.postJson(
                "/api/v1/targets/alpha/creations", "{\"path\": \"/downloads/none\", \"trackers\": [\"not a url\"]}");
        Reply unknownField = api.postJson("/api/v1/targets/alpha/creations", "{\"source\": \"/downloads/x\"}");

        assertThat(piece.status()).isEqualTo(400);
        assertThat(piece.body()).contains("pieceSize: expected 16384 to 16777216");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("path: /downloads/none does not exist");
        assertThat(tracker.status()).isEqualTo(400);
        assertThat(tracker.body()).contains("trackers[0]");
        assertThat(unknownField.status()).isEqualTo(400);
        assertThat(unknownField.body()).contains("unknown field 'source'");
    }

    @Test
    void anotherUsersJob_andAnUnknownOne_answer404_aRemovalJobStillReadsAsBefore() {
        Reply move = api.postJson(
                "/api/v1/targets/alpha/moves",
                "{\"hashes\": [\"" + iso.hash().hex() + "\"], \"directory\": \"/downloads/done\"}");
        String id = move.json().at("/job").asText();
        Reply removal = api.postJson(
                "/api/v1/targets/alpha/removals",
                "{\"hashes\": [\"" + TestTorrent.randomHash().hex() + "\"]}");

        Reply unknown = api.get("/api/v1/jobs/00000000-0000-0000-0000-000000000000");
        Reply noTorrent = api.get("/api/v1/jobs/" + id + "/torrent");
        JsonNode removalJob = finishedRemoval(removal.json().at("/job").asText());

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(noTorrent.status()).isEqualTo(404);
        assertThat(removalJob.at("/total").asInt()).isEqualTo(1);
        assertThat(removalJob.has("kind")).isFalse();
    }

    private JsonNode finished(String id) {
        return poll(id, job -> job.at("/finished").asBoolean());
    }

    private JsonNode finishedRemoval(String id) {
        return poll(id, job -> job.at("/finished").asBoolean());
    }

    private JsonNode poll(String id, java.util.function.Predicate<JsonNode> done) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(10));
        JsonNode job;
        do {
            Reply reply = api.get("/api/v1/jobs/" + id);
            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            job = reply.json();
        } while (!done.test(job) && Instant.now().isBefore(deadline));
        return job;
    }
}
