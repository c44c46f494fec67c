package io.pyrotorrent.adapter.web.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.web.RunningWebUi;
import io.pyrotorrent.adapter.web.WebOptions;
import io.pyrotorrent.adapter.web.http.HeaderDisk;
import io.pyrotorrent.adapter.web.http.Visitor;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.disk.DiskUsage;
import io.pyrotorrent.domain.port.in.WatchTorrents;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page's one event stream: what changed, per instance, and the rates the header shows. */
class LiveEventsTest {

    private static final long GIB = 1L << 30;

    private final RunningWebUi ui = RunningWebUi.start();
    private final HttpClient http = HttpClient.newHttpClient();

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void oneStreamForTwoInstances_saysWhichTorrentChanged_andTheRatesOfEachAndInAll() throws Exception {
        var torrent = ui.seedbox.put(TestTorrent.single("alpha").metainfo(), true);
        ui.nas.put(TestTorrent.single("beta").metainfo(), true).rates(2048, 0);

        try (var events = open("live/events?target=seedbox&target=nas")) {
            assertThat(events.until("event:full", 5)).contains("data:{\"target\":\"seedbox\"");
            torrent.rates(0, 4096);
            String changes = events.until(torrent.hash().hex(), 5);

            assertThat(changes)
                    .contains("event:changes", "\"target\":\"seedbox\"", "\"rates\":{")
                    .contains("\"downBytes\":", "\"limits\":{\"down\":\"unlimited\"");
            assertThat(events.until("\"total\"", 5)).contains("\"total\":{");
        }
    }

    @Test
    void aTorrentAddedElsewhere_isCountedAsAdded() throws Exception {
        ui.seedbox.put(TestTorrent.single("alpha").metainfo(), false);

        try (var events = open("live/events?target=seedbox")) {
            events.until("event:full", 5);
            ui.seedbox.put(TestTorrent.single("new").metainfo(), false);

            assertThat(events.until("\"added\":1", 5)).contains("\"removed\":0");
        }
    }

    @Test
    void aTorrentStoppedElsewhere_isNamedAsChanged_soThePageShowsItsNewState() throws Exception {
        var torrent = ui.seedbox.put(TestTorrent.single("alpha").metainfo(), true);

        try (var events = open("live/events?target=seedbox")) {
            events.until("event:full", 5);
            ui.seedbox.send(io.pyrotorrent.domain.model.request.Request.of(
                    new io.pyrotorrent.domain.model.request.Command.Stop(torrent.hash())));

            assertThat(events.until(torrent.hash().hex(), 5)).contains("event:changes");
        }
    }

    @Test
    void aTorrentThatFinishes_orGetsAnError_isNamedAsSuch_forThePagesNotifications() throws Exception {
        var finishing = ui.seedbox.put(TestTorrent.single("finishing").metainfo(), true);
        var failing = ui.seedbox.put(TestTorrent.single("failing").metainfo(), true);

        try (var events = open("live/events?target=seedbox")) {
            events.until("event:full", 5);
            finishing.complete(true);
            assertThat(events.until("\"finished\"", 5))
                    .contains("\"finished\":[\"" + finishing.hash().hex() + "\"]");

            failing.message("Tracker: [unregistered torrent]");
            assertThat(events.until("\"errors\"", 5))
                    .contains("\"hash\":\"" + failing.hash().hex() + "\"")
                    .contains("\"message\":\"Tracker:[unregistered torrent]\""); // until() folds ": "

            failing.rates(0, 1024); // a change that is neither: no milestone rides along
            String plain = events.until("\"changed\":[\"" + failing.hash().hex() + "\"]", 5);
            assertThat(plain.substring(plain.lastIndexOf("event:changes")))
                    .doesNotContain("\"finished\"")
                    .doesNotContain("\"errors\"");
        }
    }

    @Test
    void badQuestions_areClearJsonErrors_beforeAnyStreamOpens() {
        var browser = ui.browser();

        var none = browser.get("live/events", "Accept", "text/event-stream");
        var unknown = browser.get("live/events?target=nowhere", "Accept", "text/event-stream");
        var plainGet = browser.get("live/events?target=seedbox");

        assertThat(none.statusCode()).isEqualTo(400);
        assertThat(none.body()).contains("target: name at least one instance");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("\"error\":").contains("nowhere");
        assertThat(plainGet.statusCode()).isEqualTo(406);
        assertThat(plainGet.body()).contains("Accept: text/event-stream");
    }

    @Test
    void withoutASession_theStreamAnswers401_soThePageCanGoToTheLoginForm() throws Exception {
        try (var guarded = RunningWebUi.withUsers(WebOptions.DEFAULT, RunningWebUi.user("alice", "*"))) {
            var answer = guarded.browser().get("live/events?target=seedbox");
            var head = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(guarded.browser().root + "live/events?target=seedbox"))
                                    .method("HEAD", HttpRequest.BodyPublishers.noBody())
                                    .build(),
                            HttpResponse.BodyHandlers.discarding());

            assertThat(answer.statusCode()).isEqualTo(401);
            assertThat(answer.body()).contains("log in again");
            assertThat(head.statusCode()).as("HEAD goes through the same gate").isEqualTo(401);
        }
    }

    @Test
    void theHeadersDiskSpace_travelsWithTheNextEvent_onlyWhenItChanged(@TempDir Path root) throws Exception {
        try (var mapped = RunningWebUi.withStorage(root)) {
            mapped.disk = Optional.of(new DiskUsage(412 * GIB, 1000 * GIB));
            var torrent = mapped.seedbox.put(TestTorrent.single("alpha").metainfo(), true);

            try (var events = open(mapped, "live/events?target=seedbox")) {
                assertThat(events.until("event:full", 5))
                        .as("unchanged since the page")
                        .doesNotContain("disks");
                mapped.disk = Optional.of(new DiskUsage(30 * GIB, 1000 * GIB));
                mapped.clock.advance(Duration.ofSeconds(5));
                torrent.rates(0, 4096);

                assertThat(events.until("\"disks\"", 5))
                        .contains("\"disks\":[{\"target\":\"seedbox\",\"label\":\"30.0 GiB free\",\"brief\":\"30G\"")
                        .contains("\"low\":true");
            }
        }
    }

    @Test
    void anIdleStream_sendsTheDiskSpace_atAHeartbeat_whenItChanged() throws Exception {
        var disks = new java.util.concurrent.atomic.AtomicReference<>(
                List.of(new HeaderDisk("box", "9 GiB free", "9.0G", "t", false, true)));
        WatchTorrents never = (caller, target, view, fields, listener) -> () -> {};
        var live = new LiveEvents(never, caller -> disks.get(), Duration.ofMillis(100));
        var server = io.javalin.Javalin.create(config -> config.routes.get("/live/events", ctx -> {
                    Visitor.set(ctx, Principal.LOCAL, Optional.empty());
                    live.events(ctx);
                }))
                .start("127.0.0.1", 0);
        try {
            var request = HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + server.port() + "/live/events?target=box"))
                    .header("Accept", "text/event-stream")
                    .build();
            try (var events = new Events(http.send(request, HttpResponse.BodyHandlers.ofInputStream())
                    .body())) {
                events.until("event:hello", 5);
                disks.set(List.of(new HeaderDisk("box", "1 GiB free", "1.0G", "t", true, true)));

                assertThat(events.until("event:disk", 5)).contains("\"label\":\"1 GiB free\"", "\"low\":true");
            }
        } finally {
            live.stopAll();
            server.stop();
        }
    }

    private Events open(String path) throws Exception {
        return open(ui, path);
    }

    private Events open(RunningWebUi ui, String path) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(ui.browser().root + path))
                .header("Accept", "text/event-stream")
                .build();
        HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .get()
                .asString()
                .startsWith("text/event-stream");
        return new Events(response.body());
    }

    /** Reads the stream line by line; {@link #until} returns the event whose lines hold the text. */
    private static final class Events implements AutoCloseable {
        private final InputStream body;
        private final BufferedReader lines;

        Events(InputStream body) {
            this.body = body;
            this.lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
        }

        String until(String text, int seconds) throws Exception {
            return CompletableFuture.supplyAsync(() -> {
                        var event = new StringBuilder();
                        try {
                            for (String line; (line = lines.readLine()) != null; ) {
                                if (line.isEmpty()) {
                                    if (event.toString().contains(text)) {
                                        return event.toString().replace(": ", ":");
                                    }
                                    event.setLength(0);
                                } else {
                                    event.append(line.replace("event: ", "event:")
                                                    .replace("data: ", "data:"))
                                            .append('\n');
                                }
                            }
                        } catch (java.io.IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                        return "(stream ended)";
                    })
                    .get(seconds, TimeUnit.SECONDS);
        }

        @Override
        public void close() throws Exception {
            body.close();
        }
    }
}
