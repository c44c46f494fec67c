package io.pyrotorrent.it.store;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.it.support.AppOnRtorrent;
import io.pyrotorrent.it.support.PyrotorrentProcess;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * RSS exactly once, with the real jar, real SQLite and real rTorrent: the process halts (as kill -9
 * would: no hooks, no flush) right after each step of adding a feed item (fetched, intended,
 * loaded, confirmed), then starts again on the same data directory. Each time the item ends up in
 * rTorrent, recorded as added, and loaded by automation exactly once (the audit log's count).
 */
@Timeout(value = 6, unit = TimeUnit.MINUTES)
class RssKillAndRestartIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> STEPS = List.of("fetched", "intended", "loaded", "confirmed");

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aHaltAtEveryStep_thenARestart_addsEachItemExactlyOnce() throws Exception {
        var feedServer = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        feedServer.start();
        String feeds = "http://127.0.0.1:" + feedServer.getAddress().getPort();
        try (var app =
                AppOnRtorrent.start(dir, "", "rss:\n  allowPrivate: [\"127.0.0.0/8\"]\n", List.of("box"), List.of())) {
            String base = app.base();
            PyrotorrentProcess running = app.process();
            for (String step : STEPS) {
                var torrent = TestTorrent.unique("rss-" + step);
                serve(feedServer, "/" + step, torrent);
                running.terminate(Duration.ofSeconds(30));
                var halting = PyrotorrentProcess.start(
                        dir,
                        Map.of("JAVA_TOOL_OPTIONS", "-Dpyrotorrent.test.rss.haltAt=" + step),
                        "--config",
                        app.config().toString());
                halting.awaitOk(base + "health", Duration.ofSeconds(60));
                long feed = addFeedWithRule(base, feeds + "/" + step + "/rss", step);

                try {
                    post(base + "api/v1/targets/box/feeds/" + feed + "/run", "");
                } catch (IOException haltedMidRequest) {
                    // expected: the process is gone before it answers
                }
                assertThat(halting.awaitExit(Duration.ofSeconds(30)))
                        .as("halted at " + step)
                        .isEqualTo(137);

                running = PyrotorrentProcess.start(
                        dir, Map.of(), "--config", app.config().toString());
                running.awaitOk(base + "health", Duration.ofSeconds(60));
                post(base + "api/v1/targets/box/feeds/" + feed + "/run", "");
                String history = base + "api/v1/targets/box/feeds/" + feed + "/history";
                running.await(history, Duration.ofSeconds(30), body -> body.contains("\"state\":\"added\""));

                String hash = torrent.hash().hex();
                assertThat(get(base + "api/v1/targets/box/torrents/" + hash).statusCode())
                        .as("in rTorrent after a halt at " + step)
                        .isEqualTo(200);
                assertThat(loadsByAutomation(base, hash))
                        .as("loaded once after a halt at " + step)
                        .isEqualTo(1);
            }
            running.terminate(Duration.ofSeconds(30));
        } finally {
            feedServer.stop(0);
        }
    }

    private static void serve(HttpServer server, String prefix, TestTorrent torrent) {
        String rss = "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>t</title><item><title>"
                + torrent.name() + "</title><guid>" + torrent.hash().hex() + "</guid><enclosure url=\"http://"
                + "127.0.0.1:" + server.getAddress().getPort() + prefix
                + "/file.torrent\" length=\"100\" type=\"application/x-bittorrent\"/></item></channel></rss>";
        server.createContext(prefix + "/rss", exchange -> {
            byte[] body = rss.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.createContext(prefix + "/file.torrent", exchange -> {
            exchange.sendResponseHeaders(200, torrent.bytes().length);
            exchange.getResponseBody().write(torrent.bytes());
            exchange.close();
        });
    }

    private long addFeedWithRule(String base, String url, String name) throws Exception {
        var feed = post(base + "api/v1/targets/box/feeds", "{\"name\": \"" + name + "\", \"url\": \"" + url + "\"}");
        assertThat(feed.statusCode()).as(feed.body()).isEqualTo(201);
        long id = JSON.readTree(feed.body()).get("id").asLong();
        var rule = post(
                base + "api/v1/targets/box/feeds/" + id + "/rules",
                "{\"name\": \"all\", \"include\": \"rss\", \"start\": false}");
        assertThat(rule.statusCode()).as(rule.body()).isEqualTo(201);
        return id;
    }

    /** How many audit entries say automation added this hash successfully. */
    private int loadsByAutomation(String base, String hash) throws Exception {
        JsonNode entries =
                JSON.readTree(get(base + "api/v1/audit?user=automation").body()).get("entries");
        int count = 0;
        for (JsonNode entry : entries) {
            if (entry.get("result").asText().equals("ok")
                    && entry.get("torrents").toString().contains(hash)) {
                count++;
            }
        }
        return count;
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String url, String json) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/json")
                        .timeout(Duration.ofSeconds(60))
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
