package io.pyrotorrent.it.automation;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.it.support.AppOnRtorrent;
import io.pyrotorrent.it.support.PyrotorrentProcess;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
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
 * A watch folder through the real jar, a real directory and real rTorrent 0.9.8: a dropped file
 * is added (labelled, paused) and moved to loaded/; garbage goes to failed/ with a reason; a link
 * is left alone. Then the process halts (as kill -9 would) after each step of adding a file, and
 * a restart on the same data directory ends with the file added exactly once and moved aside.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class WatchFolderAgainstRealRtorrentIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration SCAN = Duration.ofSeconds(30);

    @TempDir
    static Path dir;

    @TempDir
    static Path outside;

    private final HttpClient http = HttpClient.newHttpClient();
    private AppOnRtorrent running;
    private PyrotorrentProcess app;
    private Path watch;
    private String base;

    @BeforeAll
    void start() throws Exception {
        running = AppOnRtorrent.start(dir);
        app = running.process();
        base = running.base();
        watch = Files.createDirectory(dir.resolve("watch"));
        var saved = put(
                "api/v1/automation/watch-folders/box",
                "{\"directory\": \"" + watch + "\", \"label\": \"dropped\", \"start\": false}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    }

    @AfterAll
    void stop() {
        if (app != running.process()) {
            app.close();
        }
        running.close();
    }

    @Test
    @Order(1)
    void aDroppedFile_isAddedAndMoved_garbageFailsWithAReason_andALinkIsLeftAlone() throws Exception {
        var torrent = TestTorrent.unique("watched");
        var secret = TestTorrent.unique("outside");
        Files.write(outside.resolve("secret.torrent"), secret.bytes());
        Files.createSymbolicLink(watch.resolve("link.torrent"), outside.resolve("secret.torrent"));
        Files.writeString(watch.resolve("garbage.torrent"), "this is not bencode");
        Files.write(watch.resolve("good.torrent"), torrent.bytes());

        awaitFile(watch.resolve("loaded/good.torrent"));
        awaitFile(watch.resolve("failed/garbage.torrent.reason"));

        var row = JSON.readTree(
                get("api/v1/targets/box/torrents/" + torrent.hash().hex()).body());
        assertThat(row.at("/torrent/label").asText()).as(row.toString()).isEqualTo("dropped");
        assertThat(row.at("/torrent/state").asText()).as(row.toString()).isIn("paused", "stopped");
        assertThat(watch.resolve("failed/garbage.torrent.reason"))
                .content()
                .startsWith("not a .torrent file pyroTorrent can read: ");
        assertThat(watch.resolve("good.torrent")).doesNotExist();
        assertThat(watch.resolve("link.torrent")).isSymbolicLink();
        assertThat(outside.resolve("secret.torrent")).exists();
        assertThat(get("api/v1/targets/box/torrents/" + secret.hash().hex()).statusCode())
                .isEqualTo(404);
        var status = JSON.readTree(get("api/v1/automation/watch-folders/box").body());
        assertThat(status.at("/status/added").asInt()).as(status.toString()).isEqualTo(1);
        assertThat(status.at("/status/failed").asInt()).isEqualTo(1);
    }

    @Test
    @Order(2)
    void aHaltAtEveryStep_thenARestart_addsTheFileExactlyOnce() throws Exception {
        for (String step : List.of("intended", "loaded", "moved")) {
            var torrent = TestTorrent.unique("halt-" + step);
            String name = "halt-" + step + ".torrent";
            app.terminate(Duration.ofSeconds(30));
            var halting = PyrotorrentProcess.start(
                    dir,
                    Map.of("JAVA_TOOL_OPTIONS", "-Dpyrotorrent.test.watch.haltAt=" + step),
                    "--config",
                    running.config().toString());
            app = halting;
            Files.write(watch.resolve(name), torrent.bytes());

            assertThat(halting.awaitExit(Duration.ofSeconds(60)))
                    .as("halted at " + step)
                    .isEqualTo(137);
            app = PyrotorrentProcess.start(
                    dir, Map.of(), "--config", running.config().toString());
            app.awaitOk(base + "health", Duration.ofSeconds(60));
            awaitFile(watch.resolve("loaded/" + name));

            String hash = torrent.hash().hex();
            assertThat(get("api/v1/targets/box/torrents/" + hash).statusCode())
                    .as("in rTorrent after a halt at " + step)
                    .isEqualTo(200);
            assertThat(loadsByAutomation(hash))
                    .as("added once after a halt at " + step)
                    .isEqualTo(1);
            assertThat(watch.resolve(name)).doesNotExist();
        }
    }

    /** How many audit entries say automation added this hash successfully. */
    private int loadsByAutomation(String hash) throws Exception {
        JsonNode entries =
                JSON.readTree(get("api/v1/audit?user=automation").body()).get("entries");
        int count = 0;
        for (JsonNode entry : entries) {
            if (entry.get("result").asText().equals("ok")
                    && entry.get("torrents").toString().contains(hash)) {
                count++;
            }
        }
        return count;
    }

    private static void awaitFile(Path file) {
        await("file " + file, () -> Files.exists(file));
    }

    /** Polls until the deadline; a poll interval, not a guess at how long a scan takes. */
    private static void await(String what, BooleanSupplier done) {
        long deadline = System.nanoTime() + SCAN.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + SCAN + ": " + what + "; folder: " + listing());
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(100));
        }
    }

    private static String listing() {
        try (var files = Files.walk(dir.resolve("watch"))) {
            return files.map(Path::toString).toList().toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> put(String path, String json) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
