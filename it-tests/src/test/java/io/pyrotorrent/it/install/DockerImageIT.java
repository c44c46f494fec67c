package io.pyrotorrent.it.install;

import static io.pyrotorrent.it.install.DockerCli.docker;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.it.support.DockerRequirement;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.function.Supplier;
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
 * The image deploy/Dockerfile builds, run the way its header says: one container's life in
 * order (serve, stop, remove, recreate on the same volume), so the steps share one start-up.
 */
@Timeout(300)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DockerImageIT {

    private static final int STOP_TIMEOUT_S = 30;
    private static final Duration START = Duration.ofSeconds(120);
    private static final TestTorrent TORRENT = TestTorrent.unique("survives");

    private final String run = "pyrotorrent-it-" + UUID.randomUUID().toString().substring(0, 8);
    private final String volume = run + "-data";
    private final HttpClient http = HttpClient.newHttpClient();
    private String image;
    private Path config;

    /** Static: one folder for the class, as the container outlives each test method. */
    @TempDir
    static Path dir;

    @BeforeAll
    void buildImage() {
        DockerRequirement.requireEngine();
        image = AppImage.build();
    }

    @AfterAll
    void removeEverything() {
        docker("rm", "-f", "-v", run);
        docker("rm", "-f", run + "-bad");
        docker("volume", "rm", "-f", volume);
    }

    @Test
    @Order(1)
    void theImage_serves_asANonRootUser_withItsManagedRtorrentUp_andReportsHealthy() throws Exception {
        config = ContainerConfig.write(dir, "pyrotorrent.yaml", ContainerConfig.managedTarget());
        start();

        String health = awaitHealth();
        String targets = get("/api/v1/targets", true).body();
        String uid = docker("exec", run, "id", "-u").orFail("docker exec id").out();
        String rtorrentUser =
                docker("top", run, "-eo", "pid,user,args").orFail("docker top").stdout();

        assertThat(health).isEqualTo("healthy");
        assertThat(get("/health", false).statusCode()).isEqualTo(200);
        assertThat(targets).contains("\"name\":\"local\"", "\"reachable\":true", "0.9.8");
        assertThat(uid).isEqualTo("10001");
        assertThat(rtorrentUser.lines().filter(line -> line.contains("rtorrent -n")))
                .isNotEmpty()
                .noneMatch(line -> line.contains(" root "));
    }

    @Test
    @Order(2)
    void dockerStop_endsRtorrentCleanly_withinTheStopTimeout() throws Exception {
        add(TORRENT);
        long started = System.nanoTime();

        docker(Duration.ofSeconds(STOP_TIMEOUT_S + 30), "stop", "-t", String.valueOf(STOP_TIMEOUT_S), run)
                .orFail("docker stop");

        long seconds = Duration.ofNanos(System.nanoTime() - started).toSeconds();
        String logs = docker("logs", run).stderr() + docker("logs", run).stdout();
        assertThat(seconds).isLessThan(STOP_TIMEOUT_S);
        assertThat(docker("inspect", "-f", "{{.State.ExitCode}}", run).out()).isEqualTo("0");
        assertThat(logs).containsPattern("rtorrent \\(pid \\d+\\) stopped in \\d+ ms, exit code 0");
        // rTorrent removes its session lock only on a clean exit, after saving the session.
        String session = onVolume("ls", "-a", "/data/local/session");
        assertThat(session)
                .doesNotContain("rtorrent.lock")
                .contains(TORRENT.hash().hex().toUpperCase() + ".torrent");
    }

    @Test
    @Order(3)
    void theDataVolume_survivesRemovingAndRecreatingTheContainer() throws Exception {
        docker("rm", run).orFail("docker rm");

        start();
        awaitHealth();

        assertThat(get("/api/v1/targets/local/torrents", true).body())
                .containsIgnoringCase(TORRENT.hash().hex());
    }

    @Test
    @Order(4)
    void aBadMountedConfig_stopsTheContainer_withTheOneLineError() {
        Path bad = ContainerConfig.write(dir, "bad.yaml", "server:\n  prot: 8080\n");
        docker("run", "-d", "--name", run + "-bad", "-v", bad + ":/config/pyrotorrent.yaml:ro", image)
                .orFail("docker run");

        String exit = docker(Duration.ofSeconds(60), "wait", run + "-bad")
                .orFail("docker wait")
                .out();
        var logs = docker("logs", run + "-bad");

        assertThat(exit).isEqualTo("2");
        assertThat(logs.stdout()).isEmpty();
        assertThat(logs.stderr().strip().lines().toList())
                .singleElement()
                .asString()
                .contains("/config/pyrotorrent.yaml", "server.prot")
                .doesNotContain("Exception");
    }

    private void start() {
        docker(
                        "run",
                        "-d",
                        "--name",
                        run,
                        "--stop-timeout",
                        String.valueOf(STOP_TIMEOUT_S),
                        // The image's own check, asked every second instead of every 30 s.
                        "--health-interval",
                        "1s",
                        "-v",
                        config + ":/config/pyrotorrent.yaml:ro",
                        "-v",
                        volume + ":/data",
                        "-p",
                        "127.0.0.1::8080",
                        image)
                .orFail("docker run");
    }

    private String awaitHealth() {
        try {
            return awaitHealthOnly();
        } catch (AssertionError e) {
            var logs = docker("logs", "--tail", "20", run);
            throw new AssertionError(e.getMessage() + "; its last lines:\n" + logs.stdout() + logs.stderr(), e);
        }
    }

    private String awaitHealthOnly() {
        return until("the container reports healthy", () -> {
            String status =
                    docker("inspect", "-f", "{{.State.Health.Status}}", run).out();
            return status.equals("healthy") ? status : null;
        });
    }

    private String onVolume(String... command) {
        var args = new java.util.ArrayList<>(
                java.util.List.of("run", "--rm", "-v", volume + ":/data", "--entrypoint", command[0], image));
        args.addAll(java.util.List.of(command).subList(1, command.length));
        return docker(args.toArray(String[]::new))
                .orFail("a look into the volume")
                .stdout();
    }

    private URI uri(String path) {
        String published = docker("port", run, "8080/tcp")
                .orFail("docker port")
                .out()
                .lines()
                .filter(line -> line.startsWith("127.0.0.1:"))
                .findFirst()
                .orElseThrow();
        return URI.create("http://" + published + path);
    }

    private HttpResponse<String> get(String path, boolean login) throws Exception {
        var request = HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30));
        if (login) {
            request.header("Authorization", ContainerConfig.basic());
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private void add(TestTorrent torrent) throws Exception {
        String body = """
                {"torrents": [{"name": "survives.torrent", "base64": "%s"}], "start": false}""".formatted(Base64.getEncoder().encodeToString(torrent.bytes()));
        var response = http.send(
                HttpRequest.newBuilder(uri("/api/v1/targets/local/torrents"))
                        .header("Authorization", ContainerConfig.basic())
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isBetween(200, 299);
        // The load is queued by rTorrent: wait until it lists the torrent before stopping.
        until("rTorrent lists the added torrent", () -> {
            try {
                String list = get("/api/v1/targets/local/torrents", true).body();
                return list.toLowerCase().contains(torrent.hash().hex().toLowerCase()) ? list : null;
            } catch (Exception e) {
                return null;
            }
        });
    }

    private static <T> T until(String what, Supplier<T> condition) {
        long deadline = System.nanoTime() + START.toNanos();
        while (System.nanoTime() < deadline) {
            T value = condition.get();
            if (value != null) {
                return value;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("timed out after " + START + " waiting until " + what);
    }
}
