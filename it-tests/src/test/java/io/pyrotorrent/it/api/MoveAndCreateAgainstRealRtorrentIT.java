package io.pyrotorrent.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pyrotorrent.domain.model.metainfo.Metainfo;
import io.pyrotorrent.it.support.PyrotorrentProcess;
import io.pyrotorrent.it.support.RtorrentContainer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.BindMode;

/**
 * Create and move through the real jar against real rTorrent 0.9.8 with real files: a host
 * folder is bind-mounted at /data in the container, and the target's storage mapping says so, so
 * rTorrent and pyroTorrent see the same bytes. The steps build on each other: the torrent made
 * and seeded first is the one then moved, so the order matters.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(240)
class MoveAndCreateAgainstRealRtorrentIT {

    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    static Path dir;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private RtorrentContainer rtorrent;
    private PyrotorrentProcess app;
    private String base;
    private Path storage;
    private String hash;

    @BeforeAll
    void start() throws Exception {
        storage = Files.createDirectories(dir.resolve("storage"));
        Path album = Files.createDirectories(storage.resolve("in/album/disc 1"));
        var random = new Random(14);
        for (String name : List.of("disc 1/a.flac", "disc 1/b.flac", "cover.jpg")) {
            byte[] bytes = new byte[300_000 + random.nextInt(200_000)];
            random.nextBytes(bytes);
            Files.write(album.getParent().resolve(name), bytes);
        }
        rtorrent = RtorrentContainer.tcp();
        rtorrent.withFileSystemBind(storage.toString(), "/data", BindMode.READ_WRITE);
        rtorrent.start();
        int port = PyrotorrentProcess.freePort();
        String config = "server:\n  host: 127.0.0.1\n  port: " + port + "\ntargets:\n  - name: box\n    url: "
                + rtorrent.scgiTcpUrl() + "\n    storage:\n      remotePath: /data\n      localPath: " + storage + "\n";
        Path file = Files.writeString(dir.resolve("pyrotorrent.yaml"), config);
        base = "http://127.0.0.1:" + port + "/";
        app = PyrotorrentProcess.start(dir, Map.of(), "--config", file.toString());
        app.awaitOk(base + "health", WAIT);
    }

    @AfterAll
    void stop() {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            if (rtorrent != null) {
                rtorrent.stop();
            }
        }
    }

    @Test
    @Order(1)
    void aFolderIsHashedIntoATorrent_addedWhereItLies_andRtorrentFindsItCompleteAndSeeds() throws Exception {
        var started = post(
                "api/v1/targets/box/creations",
                "{\"path\": \"/data/in/album\", \"trackers\": [\"http://127.0.0.1:1/announce\"],"
                        + " \"comment\": \"made by the IT\", \"add\": true}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String job = json.readTree(started.body()).at("/job").asText();

        JsonNode finished = job(job);

        assertThat(finished.at("/results/0/ok").asBoolean())
                .as(finished.toString())
                .isTrue();
        assertThat(finished.at("/results/1/message").asText())
                .as(finished.toString())
                .isEqualTo("added; complete and seeding");
        var file = http.send(
                HttpRequest.newBuilder(URI.create(base + "api/v1/jobs/" + job + "/torrent"))
                        .build(),
                HttpResponse.BodyHandlers.ofByteArray());
        Metainfo torrent = Metainfo.parse(file.body());
        hash = torrent.hash().hex();
        assertThat(torrent.files()).hasSize(3);
        JsonNode row = torrentRow(r -> r.at("/complete").asBoolean());
        assertThat(row.at("/directory").asText()).isEqualTo("/data/in/album");
        assertThat(row.at("/active").asBoolean()).isTrue();
    }

    @Test
    @Order(2)
    void aStartedTorrentMoves_andIsStartedAndCompleteAtTheNewPlace_afterARecheck() throws Exception {
        var started = post(
                "api/v1/targets/box/moves",
                "{\"hashes\": [\"" + hash + "\"], \"directory\": \"/data/moved\", \"recheck\": true}");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);

        JsonNode finished = job(json.readTree(started.body()).at("/job").asText());

        assertThat(finished.at("/results/0/ok").asBoolean())
                .as(finished.toString())
                .isTrue();
        assertThat(storage.resolve("moved/album/disc 1/a.flac")).exists();
        assertThat(storage.resolve("in/album")).doesNotExist();
        JsonNode row = torrentRow(r -> r.at("/directory").asText().equals("/data/moved/album")
                && r.at("/complete").asBoolean()
                && !r.at("/hashing").asBoolean()
                && r.at("/active").asBoolean());
        assertThat(row.at("/hashing_failed").asBoolean()).isFalse();
    }

    @Test
    @Order(3)
    void aMoveThatCannotWrite_leavesItCompleteAndStartedAtTheOldPlace() throws Exception {
        Files.writeString(storage.resolve("blocked"), "a file where the folder should be");

        var started = post(
                "api/v1/targets/box/moves", "{\"hashes\": [\"" + hash + "\"], \"directory\": \"/data/blocked/x\"}");
        JsonNode finished = job(json.readTree(started.body()).at("/job").asText());

        assertThat(finished.at("/results/0/ok").asBoolean()).isFalse();
        assertThat(finished.at("/results/0/message").asText())
                .contains("could not be carried")
                .contains("stays complete at /data/moved/album");
        assertThat(storage.resolve("moved/album/cover.jpg")).exists();
        torrentRow(r -> r.at("/directory").asText().equals("/data/moved/album")
                && r.at("/complete").asBoolean()
                && r.at("/active").asBoolean());
    }

    @Test
    @Order(4)
    void theCli_movesItBack_andHostileDestinationsAreRefused() throws Exception {
        var back = PyrotorrentProcess.run(
                dir, "--config", dir.resolve("pyrotorrent.yaml").toString(), "move", "/data/in", hash);
        var outside =
                post("api/v1/targets/box/moves", "{\"hashes\": [\"" + hash + "\"], \"directory\": \"/data/../etc\"}");

        assertThat(back.exitCode()).as(back.stdout() + back.stderr()).isZero();
        assertThat(back.stdout()).contains("album: renamed into /data/in");
        assertThat(outside.statusCode()).isEqualTo(400);
        assertThat(outside.body()).contains("cannot contain '..'");
        torrentRow(r -> r.at("/directory").asText().equals("/data/in/album")
                && r.at("/complete").asBoolean()
                && r.at("/active").asBoolean());
    }

    private JsonNode job(String id) throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        JsonNode job = json.readTree(get("api/v1/jobs/" + id).body());
        while (!job.at("/finished").asBoolean() && Instant.now().isBefore(deadline)) {
            job = json.readTree(get("api/v1/jobs/" + id).body());
        }
        assertThat(job.at("/finished").asBoolean()).as(job.toString()).isTrue();
        return job;
    }

    /**
     * Polls the torrent as rTorrent has it now (the details read is live; the list may come from
     * the mirror, which a CLI process in another JVM does not update) until it fits, with a deadline.
     */
    private JsonNode torrentRow(Predicate<JsonNode> fits) throws Exception {
        Instant deadline = Instant.now().plus(WAIT);
        JsonNode row = null;
        while (Instant.now().isBefore(deadline)) {
            row = json.readTree(get("api/v1/targets/box/torrents/" + hash).body())
                    .at("/torrent");
            if (fits.test(row)) {
                return row;
            }
        }
        throw new AssertionError("the torrent never fitted; last seen: " + row);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/json")
                        .header("X-Requested-With", "it")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
