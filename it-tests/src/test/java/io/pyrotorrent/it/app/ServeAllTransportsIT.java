package io.pyrotorrent.it.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.it.support.PyrotorrentProcess;
import io.pyrotorrent.it.support.RtorrentContainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real jar with a config naming three remote rTorrents, one per transport (SCGI/TCP, SCGI over
 * a unix socket, HTTP through nginx), and the CLI acting on each.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(180)
class ServeAllTransportsIT {

    @TempDir
    static Path dir;

    private RtorrentContainer tcp;
    private RtorrentContainer unix;
    private Path config;
    private int port;

    @BeforeAll
    void start() throws Exception {
        tcp = RtorrentContainer.tcp();
        unix = RtorrentContainer.unixSocket();
        tcp.start();
        unix.start();
        port = PyrotorrentProcess.freePort();
        config = Files.writeString(dir.resolve("pyrotorrent.yaml"), """
                server:
                  host: 127.0.0.1
                  port: %d
                targets:
                  - name: tcp
                    url: %s
                    timeout: 5s
                  - name: unix
                    url: %s
                  - name: http
                    url: %s
                """.formatted(
                        port, tcp.scgiTcpUrl(), unix.unixSocketUrl(), tcp.httpUrl()));
    }

    @AfterAll
    void stop() {
        tcp.stop();
        unix.stop();
    }

    @Test
    void everyTransport_servesHealthPagesMetricsAndTheCli() throws Exception {
        var torrent = TestTorrent.unique("transport");
        Path file = Files.write(dir.resolve("t.torrent"), torrent.bytes());
        for (String target : new String[] {"tcp", "unix"}) {
            var added = PyrotorrentProcess.run(
                    dir,
                    "--config",
                    config.toString(),
                    "add",
                    file.toString(),
                    "--paused",
                    "--target",
                    target,
                    "--label",
                    "from cli");
            assertThat(added.exitCode()).as(added.stderr()).isZero();
        }
        // rTorrent 0.9.8 answers 0 to a magnet naming no tracker (DHT is off) and keeps nothing.
        var dropped = PyrotorrentProcess.run(
                dir,
                "--config",
                config.toString(),
                "add",
                "magnet:?xt=urn:btih:" + TestTorrent.randomHash().hex(),
                "--paused",
                "--target",
                "tcp");
        assertThat(dropped.exitCode()).as(dropped.stdout()).isNotZero();
        assertThat(dropped.stderr()).contains("rTorrent did not keep this magnet link");

        try (var app = PyrotorrentProcess.start(dir, Map.of(), "--config", config.toString())) {
            String health = app.awaitOk("http://127.0.0.1:" + port + "/health", Duration.ofSeconds(60));
            String page = PyrotorrentProcess.get("http://127.0.0.1:" + port + "/");
            String metrics = PyrotorrentProcess.get("http://127.0.0.1:" + port + "/metrics");
            var list = PyrotorrentProcess.run(dir, "--config", config.toString(), "list", "--target", "http", "--json");

            assertThat(health)
                    .contains(
                            "\"name\":\"tcp\",\"reachable\":true",
                            "\"name\":\"unix\",\"reachable\":true",
                            "\"name\":\"http\",\"reachable\":true");
            assertThat(page)
                    .contains("target-tcp", "target-unix", "target-http", torrent.name())
                    .doesNotContain("class=\"error\"");
            assertThat(metrics)
                    .contains(
                            "pyrotorrent_rtorrent_requests_total{target=\"tcp\"}",
                            "pyrotorrent_rtorrent_requests_total{target=\"unix\"}",
                            "pyrotorrent_rtorrent_requests_total{target=\"http\"}");
            assertThat(list.exitCode()).isZero();
            assertThat(list.stdout()).contains(torrent.hash().hex(), "\"label\" : \"from cli\"");
            assertThat(app.terminate(Duration.ofSeconds(30))).isZero();
        }
    }
}
