package io.pyrotorrent.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.it.support.AppOnRtorrent;
import io.pyrotorrent.it.support.PyrotorrentProcess;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Remove with data through the real jar against real rTorrent 0.9.8: rTorrent's /rt maps to a
 * local directory with real files, one of them shared with a second torrent that rTorrent keeps
 * inside the first one's folder, one reached through a symlink leaving it. The steps build on
 * each other (the shared file goes only once both torrents are gone), hence the order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(180)
class RemoveDataAgainstRealRtorrentIT {

    @TempDir
    static Path dir;

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final ObjectMapper json = new ObjectMapper();
    private final TestTorrent multi = multi();
    private final TestTorrent single = TestTorrent.unique("rd-single");
    /** A single-file torrent named like one of multi's files, loaded into multi's a/ folder. */
    private final TestTorrent shared = TestTorrent.single("one.bin");

    private AppOnRtorrent running;
    private String base;
    private Path storage;
    private Path multiDir;

    private static TestTorrent multi() {
        var files = new LinkedHashMap<String, Long>();
        files.put("a/one.bin", 7L);
        files.put("b/two.bin", 7L);
        files.put("c/three.bin", 5L);
        return TestTorrent.multi(
                "rd-multi-" + java.util.UUID.randomUUID().toString().substring(0, 8), files);
    }

    @BeforeAll
    void start() throws Exception {
        storage = Files.createDirectories(dir.resolve("storage"));
        multiDir = Files.createDirectories(storage.resolve("download/" + multi.name()));
        Files.createDirectories(multiDir.resolve("a"));
        Files.createDirectories(multiDir.resolve("c"));
        Files.writeString(multiDir.resolve("a/one.bin"), "shared!");
        Files.writeString(multiDir.resolve("c/three.bin"), "three");
        Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(dir.resolve("elsewhere/two.bin"), "not me!");
        Files.createSymbolicLink(multiDir.resolve("b"), dir.resolve("elsewhere"));
        Files.writeString(storage.resolve("download/" + single.name()), "x".repeat(1000));
        // The lines after the targets continue the last target: its storage mapping.
        String mapping = "    storage:\n      remotePath: /rt\n      localPath: " + storage + "\n";
        running = AppOnRtorrent.start(dir, "", mapping, List.of("box"), List.of(multi, single));
        base = running.base();
        var added = send(HttpRequest.newBuilder(URI.create(base + "api/v1/targets/box/torrents"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"torrents\": [{\"name\": \"one.bin\", \"base64\": \""
                        + Base64.getEncoder().encodeToString(shared.bytes()) + "\"}], \"start\": false,"
                        + " \"directory\": \"/rt/download/" + multi.name() + "/a\"}")));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        running.process()
                .await(
                        base + "api/v1/targets/box/torrents?fields=hash",
                        Duration.ofSeconds(30),
                        body -> body.contains(multi.hash().hex())
                                && body.contains(single.hash().hex())
                                && body.contains(shared.hash().hex()));
    }

    @AfterAll
    void stop() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    @Order(1)
    void thePreview_keepsTheSharedFileAndTheOneBehindASymlink_andChangesNothing() throws Exception {
        JsonNode preview = json.readTree(get(data(multi)).body());

        assertThat(preview.at("/visible").asBoolean()).as(preview.toString()).isTrue();
        assertThat(preview.at("/deleted").toString()).contains("c/three.bin").doesNotContain("one.bin", "two.bin");
        assertThat(preview.at("/bytes").asLong()).isEqualTo(5);
        assertThat(preview.at("/kept").toString())
                .contains("also used by another torrent here: one.bin")
                .contains("reached through a symlink leaving the torrent's own path");
        assertThat(multiDir.resolve("c/three.bin")).exists();
    }

    @Test
    @Order(2)
    void delete_removesTheTorrentFromRtorrent_thenOnlyItsOwnUnsharedFiles() throws Exception {
        var reply = send(HttpRequest.newBuilder(URI.create(base + data(multi))).DELETE());

        JsonNode result = json.readTree(reply.body());
        assertThat(reply.statusCode()).as(reply.body()).isEqualTo(200);
        assertThat(result.at("/removed").asBoolean()).isTrue();
        assertThat(result.at("/deleted/0/path").asText()).isEqualTo("c/three.bin");
        assertThat(hashes())
                .doesNotContain(multi.hash().hex())
                .contains(shared.hash().hex());
        assertThat(multiDir.resolve("c")).doesNotExist();
        assertThat(multiDir.resolve("a/one.bin")).hasContent("shared!");
        assertThat(dir.resolve("elsewhere/two.bin")).hasContent("not me!");
    }

    @Test
    @Order(3)
    void theCli_previewsThenRemovesASingleFileTorrent() {
        var dryRun = cli("remove-data", "--dry-run", single.hash().hex());
        assertThat(dryRun.stdout()).contains("would remove " + single.name() + ": 1 files, 1000 bytes");
        assertThat(storage.resolve("download/" + single.name())).exists();

        var removed = cli("remove-data", single.hash().hex());

        assertThat(removed.exitCode()).as(removed.stderr()).isZero();
        assertThat(removed.stdout()).contains("removed " + single.name() + ": 1 files, 1000 bytes deleted");
        assertThat(storage.resolve("download/" + single.name())).doesNotExist();
        assertThat(storage.resolve("download")).isDirectory();
    }

    @Test
    @Order(4)
    void aBulkJob_removesTheLastTorrentOfTheSharedFile_andTheFileGoesWithIt() throws Exception {
        var started = send(HttpRequest.newBuilder(URI.create(base + "api/v1/targets/box/removals"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"hashes\": [\"" + shared.hash().hex() + "\"]}")));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(202);
        String location = started.headers().firstValue("Location").orElseThrow();

        JsonNode job = json.readTree(get(location.substring(1)).body());
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (!job.at("/finished").asBoolean() && Instant.now().isBefore(deadline)) {
            job = json.readTree(get(location.substring(1)).body());
        }

        assertThat(job.at("/finished").asBoolean()).as(job.toString()).isTrue();
        assertThat(job.at("/results/0/deleted/0/path").asText()).isEqualTo("one.bin");
        assertThat(multiDir.resolve("a/one.bin")).doesNotExist();
        assertThat(hashes()).doesNotContain(shared.hash().hex());
    }

    private String data(TestTorrent torrent) {
        return "api/v1/targets/box/torrents/" + torrent.hash().hex() + "/data";
    }

    private String hashes() throws Exception {
        return get("api/v1/targets/box/torrents?fields=hash").body();
    }

    private PyrotorrentProcess.Result cli(String... args) {
        var all = new java.util.ArrayList<>(List.of("--config", running.config().toString()));
        all.addAll(List.of(args));
        return PyrotorrentProcess.run(dir, all.toArray(String[]::new));
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET());
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return http.send(
                request.header("X-Requested-With", "it")
                        .timeout(Duration.ofSeconds(30))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
