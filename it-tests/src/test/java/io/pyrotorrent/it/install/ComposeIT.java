package io.pyrotorrent.it.install;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.it.support.DockerRequirement;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * deploy/compose.yaml as it is, with Debian's docker-compose, on the image built from this jar:
 * pyroTorrent in one container reaches rTorrent in the other through the shared socket volume.
 */
@Timeout(300)
class ComposeIT {

    private final String project =
            "pyrotorrent-it-" + UUID.randomUUID().toString().substring(0, 8);
    private final HttpClient http = HttpClient.newHttpClient();
    private Path composeFile;

    @TempDir
    Path dir;

    @AfterEach
    void down() {
        if (composeFile != null) {
            compose(Duration.ofSeconds(90), "down", "-v", "--timeout", "30");
        }
    }

    @Test
    void composeUp_servesPages_andPyrotorrentReachesRtorrentThroughTheSharedSocket() throws Exception {
        DockerRequirement.requireEngine();
        AppImage.build();
        Path deploy = Path.of("..", "deploy").toAbsolutePath().normalize();
        Files.createDirectories(dir.resolve("compose"));
        composeFile = Files.copy(deploy.resolve("compose.yaml"), dir.resolve("compose.yaml"));
        Files.copy(deploy.resolve("compose/rtorrent.rc"), dir.resolve("compose/rtorrent.rc"));
        String config = Files.readString(deploy.resolve("compose/pyrotorrent.yaml.example"))
                .replace("pbkdf2-sha256$600000$<salt>$<hash>", ContainerConfig.PASSWORD_HASH);
        ContainerConfig.write(dir.resolve("compose"), "pyrotorrent.yaml", config);

        compose(Duration.ofMinutes(3), "up", "-d", "--no-build").orFail("docker-compose up");
        String web = compose(Duration.ofSeconds(30), "port", "pyrotorrent", "8080")
                .orFail("docker-compose port")
                .out();
        String targets = until(() -> {
            String body = get(web, "/api/v1/targets", true);
            return body != null && body.contains("\"reachable\":true") ? body : null;
        });

        assertThat(web).startsWith("127.0.0.1:");
        assertThat(targets).contains("\"name\":\"rtorrent\"", "0.9.8");
        assertThat(get(web, "/login", false)).contains("<form");
    }

    private DockerCli.Result compose(Duration timeout, String... args) {
        var command = new ArrayList<>(List.of("docker-compose", "-p", project, "-f", composeFile.toString()));
        command.addAll(List.of(args));
        // The tests' image; the web port and the peers' ports on loopback, wherever is free.
        var env = Map.of(
                "PYROTORRENT_IMAGE",
                AppImage.TAG,
                "PYROTORRENT_WEB_PORT",
                "",
                "PYROTORRENT_PEER_PUBLISH",
                "127.0.0.1::");
        return DockerCli.run(command, env, dir, timeout);
    }

    /** The body of a 200, or null while the server is not there yet. */
    private String get(String hostPort, String path, boolean login) {
        var request =
                HttpRequest.newBuilder(URI.create("http://" + hostPort + path)).timeout(Duration.ofSeconds(30));
        if (login) {
            request.header("Authorization", ContainerConfig.basic());
        }
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : null;
        } catch (java.io.IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String until(java.util.function.Supplier<String> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            String value = condition.get();
            if (value != null) {
                return value;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("pyroTorrent did not report its rTorrent reachable within 120 s");
    }
}
