package io.pyrotorrent.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rss list|add|preview|run against a feed on loopback, allowed by the config's rss.allowPrivate. */
class RssCommandTest {

    @TempDir
    Path dir;

    private HttpServer feedServer;
    private String feedUrl;
    private Path config;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void start() throws Exception {
        feedServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] rss = ("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title>"
                        + "<item><title>The.Show.S01E01</title><guid>g1</guid>"
                        + "<enclosure url=\"http://127.0.0.1:1/1.torrent\" length=\"10\" type=\"application/x-bittorrent\"/>"
                        + "</item></channel></rss>")
                .getBytes(StandardCharsets.UTF_8);
        feedServer.createContext("/rss", exchange -> {
            exchange.sendResponseHeaders(200, rss.length);
            exchange.getResponseBody().write(rss);
            exchange.close();
        });
        feedServer.start();
        feedUrl = "http://127.0.0.1:" + feedServer.getAddress().getPort() + "/rss";
        int closed;
        try (var socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        config = Files.writeString(dir.resolve("pyrotorrent.yaml"), """
                dataDir: %s
                rss:
                  allowPrivate: ["127.0.0.0/8"]
                targets:
                  - name: dead
                    url: scgi://127.0.0.1:%d
                    timeout: 2s
                """.formatted(dir.resolve("data"), closed));
    }

    @AfterEach
    void stop() {
        feedServer.stop(0);
    }

    private int run(String... args) {
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void aFeedAdded_isListed_previewed_andRun() {
        assertThat(run("--config", config.toString(), "rss", "add", "--every", "30", "tv", feedUrl))
                .isZero();
        assertThat(out.toString()).contains("added feed 1 (tv) to dead");

        assertThat(run("--config", config.toString(), "rss", "list")).isZero();
        assertThat(out.toString()).contains("1\ttv\t" + feedUrl + "\tevery 30 min");

        assertThat(run("--config", config.toString(), "rss", "preview", "1")).isZero();
        assertThat(out.toString()).contains("skip\tThe.Show.S01E01\tno rule: this feed has no rules yet");

        assertThat(run("--config", config.toString(), "rss", "run", "1")).isZero();
        assertThat(out.toString()).contains("feed 1: 1 items, 0 added, 1 skipped, 0 failed");
    }

    @Test
    void aBadInterval_orAnUnknownFeed_isAUsageError_sayingWhich() {
        assertThat(run("--config", config.toString(), "rss", "add", "--every", "1", "tv", feedUrl))
                .isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("interval: expected between 5 and 1440 minutes, got 1 minutes");

        assertThat(run("--config", config.toString(), "rss", "run", "7")).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("no feed 7 on target dead");
    }

    @Test
    void withoutTheAllowList_aLoopbackFeed_isRefused_namingTheAddress() throws Exception {
        Files.writeString(
                config, Files.readString(config).replace("  allowPrivate: [\"127.0.0.0/8\"]", "  allowPrivate: []"));
        run("--config", config.toString(), "rss", "add", "tv", feedUrl);

        assertThat(run("--config", config.toString(), "rss", "preview", "1")).isEqualTo(Cli.FAILED);
        assertThat(err.toString()).contains("127.0.0.1").contains("loopback");
    }
}
