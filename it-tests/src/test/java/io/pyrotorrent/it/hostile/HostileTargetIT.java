package io.pyrotorrent.it.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.it.support.HostileScgiServer;
import io.pyrotorrent.it.support.HostileScgiServer.Attack;
import io.pyrotorrent.it.support.OverviewHtml;
import io.pyrotorrent.it.support.PyrotorrentProcess;
import io.pyrotorrent.it.support.RawHttp;
import io.pyrotorrent.it.support.RtorrentContainer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A hostile rTorrent through the whole app: the real jar serves two targets, real rTorrent in its
 * container ({@value #REAL}, with a torrent) and an SCGI server in this JVM ({@value #HOSTILE})
 * that answers every call with an attack. For each attack: the overview lists the real torrents
 * and shows a readable error in the hostile section, the hostile target's API calls answer a JSON
 * error, /etc/passwd never shows, /health stays 200, pages stay within the target's timeout, and
 * the app lets go of every connection to the hostile server (nothing left hanging on it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class HostileTargetIT {

    static final String REAL = "real";
    static final String HOSTILE = "hostile";
    static final Duration HOSTILE_TIMEOUT = Duration.ofSeconds(2);
    /** Scheduling, rendering and a loaded 2-core machine, on top of the target's own timeout. */
    static final Duration MARGIN = Duration.ofMillis(2500);
    /** What ./pyrotorrent runs the JVM with: a small heap that a hostile reply must not exhaust. */
    static final String PRODUCTION_JVM_FLAGS = io.pyrotorrent.it.support.LauncherFlags.JAVA_OPTS;

    @TempDir
    static Path dir;

    private final ObjectMapper json = new ObjectMapper();
    private final TestTorrent torrent = TestTorrent.single("hostile-neighbour");
    private final List<String> bodies = new ArrayList<>();
    private RtorrentContainer rtorrent;
    private HostileScgiServer hostile;
    private PyrotorrentProcess app;
    private int port;
    private String passwdLine;

    @BeforeAll
    void start() throws Exception {
        passwdLine = Files.readAllLines(Path.of("/etc/passwd")).get(0);
        rtorrent = RtorrentContainer.tcp();
        rtorrent.start();
        hostile = HostileScgiServer.start(Attack.GARBAGE);
        port = PyrotorrentProcess.freePort();
        Path config = Files.writeString(dir.resolve("hostile.yaml"), """
                server:
                  port: %d
                targets:
                  - name: %s
                    url: %s
                    timeout: 10s
                  - name: %s
                    url: %s
                    timeout: %dms
                """.formatted(
                        port, REAL, rtorrent.scgiTcpUrl(), HOSTILE, hostile.url(), HOSTILE_TIMEOUT.toMillis()));
        app = PyrotorrentProcess.start(
                dir, Map.of("JDK_JAVA_OPTIONS", PRODUCTION_JVM_FLAGS), "--config", config.toString());
        String base = "http://127.0.0.1:" + port + "/";
        app.awaitOk(base + "health", Duration.ofSeconds(60));
        var add = send(
                "POST",
                "/api/v1/targets/" + REAL + "/torrents",
                "{\"torrents\": [{\"name\": \"n.torrent\", " + "\"base64\": \""
                        + Base64.getEncoder().encodeToString(torrent.bytes()) + "\"}], \"start\": false}");
        assertThat(add.status()).as(add.text()).isEqualTo(200);
        app.await(
                base + "api/v1/targets/" + REAL + "/torrents?fields=hash",
                Duration.ofSeconds(30),
                body -> body.contains(torrent.hash().hex()));
    }

    @AfterAll
    void stop() {
        try {
            assertThat(bodies).as("no answer shows /etc/passwd").noneMatch(body -> body.contains(passwdLine));
            System.out.printf("HostileTargetIT: the app has %s threads after all attacks%n", threads());
        } finally {
            try {
                if (app != null) {
                    app.close();
                }
            } finally {
                hostile.close();
                rtorrent.stop();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Attack.class)
    void anAttack_staysInTheHostileSection_andEverythingElseKeepsAnswering(Attack attack) throws Exception {
        hostile.answer(attack);
        int before = hostile.answered();
        Duration bound = HOSTILE_TIMEOUT.plus(MARGIN);

        var overview = get("/");

        assertThat(hostile.answered()).as("the attack reached the app").isGreaterThan(before);
        assertThat(overview.status()).isEqualTo(200);
        assertThat(overview.took()).as("the overview during the attack").isLessThan(bound);
        assertThat(OverviewHtml.loaded(overview.text(), REAL))
                .as("the real target's section")
                .isTrue();
        assertThat(OverviewHtml.section(overview.text(), REAL).orElseThrow()).contains(torrent.name());
        String shown = OverviewHtml.error(overview.text(), HOSTILE).orElseThrow();
        assertThat(shown)
                .as("the hostile section's error")
                .contains("rTorrent")
                .doesNotContain("<", "Exception", "lol", "apache.org");
        assertThat(shown.length()).isLessThan(300);

        var list = get("/api/v1/targets/" + HOSTILE + "/torrents");
        JsonNode error = json.readTree(list.body());
        assertThat(list.status()).isIn(502, 504);
        assertThat(list.header("content-type").orElse("")).startsWith("application/json");
        assertThat(error.at("/error/code").asText()).startsWith("rtorrent_");
        assertThat(list.took()).isLessThan(bound);

        var legacy = send(
                "POST",
                "/api",
                "[{\"type\": \"rtorrent\", \"target\": \"" + HOSTILE + "\", \"attributes\":"
                        + " [[\"get_client_version\", []]]}, {\"type\": \"rtorrent\", \"target\": \"" + REAL
                        + "\", \"attributes\":"
                        + " [[\"get_client_version\", []]]}]");
        JsonNode elements = json.readTree(legacy.body());
        assertThat(legacy.status()).isEqualTo(200);
        assertThat(elements.at("/0/error/code").asText()).startsWith("rtorrent_");
        assertThat(elements.at("/1/get_client_version").asText()).isEqualTo("0.9.8");

        var health = get("/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.text())
                .contains(
                        "\"name\":\"" + REAL + "\",\"reachable\":true",
                        "\"name\":\"" + HOSTILE + "\",\"reachable\":false");

        var realOnly = get("/api/v1/targets/" + REAL + "/torrents?fields=hash,name");
        assertThat(realOnly.status()).isEqualTo(200);
        assertThat(realOnly.text()).contains(torrent.name());
        assertThat(realOnly.took())
                .as("the real target's list, the attack aside")
                .isLessThan(HOSTILE_TIMEOUT);

        awaitNoOpenConnections(bound);
        System.out.printf(
                "HostileTargetIT %s: overview HTTP %d in %d ms, hostile section says \"%s\"; REST HTTP %d %s"
                        + " in %d ms; legacy element %s; real target's list in %d ms%n",
                attack,
                overview.status(),
                overview.took().toMillis(),
                shown,
                list.status(),
                error.get("error"),
                list.took().toMillis(),
                elements.get(0).get("error"),
                realOnly.took().toMillis());
    }

    /** The app closed every connection to the hostile server: no reader is left stuck on a stalled reply. */
    private void awaitNoOpenConnections(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (hostile.openConnections() > 0 && System.nanoTime() < deadline) {
            pause();
        }
        assertThat(hostile.openConnections())
                .as("connections to the hostile server still open")
                .isZero();
    }

    private static void pause() {
        try {
            Thread.sleep(20);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private RawHttp.Response get(String path) throws IOException {
        return keep(RawHttp.send(port, "GET", path, List.of(), new byte[0], Duration.ofSeconds(30)));
    }

    private RawHttp.Response send(String method, String path, String jsonBody) throws IOException {
        return keep(RawHttp.send(
                port,
                method,
                path,
                List.<String[]>of(new String[] {"Content-Type", "application/json"}),
                jsonBody.getBytes(StandardCharsets.UTF_8),
                Duration.ofSeconds(30)));
    }

    private RawHttp.Response keep(RawHttp.Response response) {
        bodies.add(response.text());
        return response;
    }

    private String threads() {
        try {
            return Files.readAllLines(
                            Path.of("/proc", Long.toString(app.handle().pid()), "status"))
                    .stream()
                    .filter(line -> line.startsWith("Threads:"))
                    .map(line -> line.substring(8).strip())
                    .findFirst()
                    .orElse("?");
        } catch (IOException e) {
            return "?";
        }
    }
}
