package io.pyrotorrent.it.automation;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.pyrotorrent.it.support.AppOnRtorrent;
import io.pyrotorrent.it.support.ScgiProbe;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.images.builder.Transferable;

/**
 * Webhooks through the real jar and real rTorrent 0.9.8, to an HTTP server in this test on
 * loopback (let through by rss.allowPrivate): a torrent added is "added"; a tracker's error set on
 * it behind pyroTorrent's back is "failed"; its data copied in and checked: "finished".
 * A URL on loopback without the allow-list entry is refused naming its range.
 */
@Timeout(value = 3, unit = TimeUnit.MINUTES)
class WebhookAgainstRealRtorrentIT {

    private static final Duration WITHIN = Duration.ofSeconds(60);

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newHttpClient();
    private final List<String> posts = new CopyOnWriteArrayList<>();

    @Test
    void addedFailedAndFinished_arePostedAsJson_toTheConfiguredUrl() throws Exception {
        var receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            posts.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
        String url = "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
        var torrent = CompleteTorrent.unique("hooked");
        try (var app =
                AppOnRtorrent.start(dir, "", "rss:\n  allowPrivate: [\"127.0.0.0/8\"]\n", List.of("box"), List.of())) {
            String base = app.base();
            var saved = post(
                    base + "api/v1/automation/webhooks",
                    "{\"target\": \"box\", \"url\": \"" + url
                            + "\", \"events\": [\"added\", \"failed\", \"finished\"]}");
            assertThat(saved.statusCode()).as(saved.body()).isEqualTo(201);
            // The mirror's first look only learns what is there; wait for it before adding.
            awaitPosts("the test event", () -> {
                post(base + "api/v1/automation/webhooks/1/test", "");
                return posts.stream().anyMatch(p -> p.contains("\"event\":\"test\""));
            });

            var added = post(
                    base + "api/v1/targets/box/torrents",
                    "{\"torrents\": [{\"name\": \"h.torrent\", \"base64\": \""
                            + Base64.getEncoder()
                                    .encodeToString(torrent.torrent().bytes()) + "\"}], \"start\": false}");
            assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
            awaitPosts("added", () -> has("added"));

            app.rtorrent()
                    .copyFileToContainer(
                            Transferable.of(torrent.data()),
                            "/rt/download/" + torrent.torrent().name());
            post(base + "api/v1/targets/box/torrents/" + torrent.hash() + "/recheck", "{}");
            awaitPosts("finished", () -> has("finished"));
            // Behind pyroTorrent's back, as a tracker's error lands there (paused: no real announce yet).
            var scgi = app.rtorrent().scgiTcpUrl();
            String reply = ScgiProbe.call(
                    new InetSocketAddress(scgi.getHost(), scgi.getPort()),
                    "<?xml version=\"1.0\"?><methodCall><methodName>d.message.set</methodName><params>"
                            + "<param><value><string>" + torrent.hash() + "</string></value></param>"
                            + "<param><value><string>Tracker: [unregistered torrent]</string></value></param>"
                            + "</params></methodCall>",
                    Duration.ofSeconds(10));
            assertThat(reply).as("d.message.set").doesNotContain("fault");
            awaitPosts("failed", () -> has("failed"));

            String finished = posts.stream()
                    .filter(p -> p.contains("\"event\":\"finished\""))
                    .findFirst()
                    .orElseThrow();
            assertThat(finished)
                    .contains(
                            "\"target\":\"box\"",
                            "\"hash\":\"" + torrent.hash() + "\"",
                            "\"name\":\"" + torrent.torrent().name() + "\"");
            assertThat(posts.stream()
                            .filter(p -> p.contains("\"event\":\"failed\""))
                            .findFirst()
                            .orElseThrow())
                    .contains("\"detail\":\"Tracker: [unregistered torrent]\"");
        } finally {
            receiver.stop(0);
        }
    }

    @Test
    void loopbackWithoutTheAllowList_isRefusedNamingItsRange() throws Exception {
        try (var app = AppOnRtorrent.start(dir)) {
            var refused = post(
                    app.base() + "api/v1/automation/webhooks",
                    "{\"target\": \"box\", \"url\": \"http://127.0.0.1:9/hook\", \"events\": [\"added\"]}");

            assertThat(refused.statusCode()).isEqualTo(400);
            assertThat(refused.body()).contains("127.0.0.1 is 127.0.0.1, in 127.0.0.0/8");
        }
    }

    private boolean has(String event) {
        return posts.stream().anyMatch(p -> p.contains("\"event\":\"" + event + "\""));
    }

    interface Check {
        boolean done() throws Exception;
    }

    private void awaitPosts(String what, Check check) throws Exception {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (!check.done()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no " + what + " POST within " + WITHIN + "; got " + posts);
            }
            LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(200));
        }
    }

    private HttpResponse<String> post(String url, String json) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
