package io.pyrotorrent.adapter.api.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pyrotorrent.adapter.api.Eventually;
import io.pyrotorrent.adapter.api.TestApi;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.field.Columns;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.watch.TorrentEvent;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EventStreamApiTest {

    private static final String EVENTS = "/api/v1/targets/alpha/events?fields=name,state,down_rate";

    private TestApi api;
    private final InfoHash first = TestTorrent.randomHash();
    private final InfoHash second = TestTorrent.randomHash();
    private final Row client =
            Columns.of(List.of(ClientFields.UP_RATE, ClientFields.DOWN_RATE)).row(5L, 7L);

    @BeforeEach
    void start() {
        api = TestApi.start();
    }

    @AfterEach
    void stop() {
        api.close();
    }

    private SseReader connect(String path) {
        HttpResponse<Stream<String>> response = api.http()
                .sendAsync(
                        HttpRequest.newBuilder(api.uri(path))
                                .header("Accept", "text/event-stream")
                                .build(),
                        HttpResponse.BodyHandlers.ofLines())
                .orTimeout(10, java.util.concurrent.TimeUnit.SECONDS)
                .join();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/event-stream"));
        return new SseReader(response.body());
    }

    private HttpResponse<Stream<String>> open(TestApi on, String user) {
        var request = HttpRequest.newBuilder(on.uri(EVENTS)).header("Accept", "text/event-stream");
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + java.util.Base64.getEncoder()
                                    .encodeToString((user + ":secret-" + user).getBytes(StandardCharsets.UTF_8)));
        }
        return on.http()
                .sendAsync(request.build(), HttpResponse.BodyHandlers.ofLines())
                .orTimeout(10, java.util.concurrent.TimeUnit.SECONDS)
                .join();
    }

    private static String body(HttpResponse<Stream<String>> response) {
        try (Stream<String> lines = response.body()) {
            return String.join("\n", lines.toList());
        }
    }

    /** A torrent row with exactly the fields the stream subscribed with. */
    private Row torrent(List<Field<?>> fields, InfoHash hash, String name, boolean active, long downRate) {
        Map<Field<?>, Object> values = Map.of(
                TorrentFields.HASH,
                hash,
                TorrentFields.NAME,
                name,
                TorrentFields.STATE,
                true,
                TorrentFields.ACTIVE,
                active,
                TorrentFields.COMPLETE,
                false,
                TorrentFields.HASHING,
                false,
                TorrentFields.HASHING_FAILED,
                false,
                TorrentFields.DOWN_RATE,
                downRate);
        return Columns.of(fields).row(fields.stream().map(values::get).toArray());
    }

    @Test
    void twoClients_getTheFullSnapshotThenOnlyTheChanges_fromOneWatcher() {
        SseReader one = connect(EVENTS);
        SseReader two = connect(EVENTS);
        Eventually.until("both streams subscribed", () -> api.watch.open() == 2);
        List<Field<?>> fields = api.watch.listeners.get(0).fields;
        assertThat(fields)
                .contains(TorrentFields.HASH, TorrentFields.NAME, TorrentFields.DOWN_RATE, TorrentFields.ACTIVE);

        api.watch.publish(new TorrentEvent.Full(List.of(torrent(fields, first, "first", true, 10)), client));
        // As the watcher sends it: one flag moved, so every state flag is there.
        api.watch.publish(new TorrentEvent.Changes(
                Map.of(
                        first,
                        Map.of(
                                TorrentFields.DOWN_RATE,
                                99L,
                                TorrentFields.STATE,
                                true,
                                TorrentFields.ACTIVE,
                                false,
                                TorrentFields.COMPLETE,
                                false,
                                TorrentFields.HASHING,
                                false,
                                TorrentFields.HASHING_FAILED,
                                false)),
                List.of(torrent(fields, second, "second", true, 0)),
                List.of(),
                client));

        for (SseReader reader : List.of(one, two)) {
            SseReader.Event full = reader.next();
            assertThat(full.name()).isEqualTo("full");
            assertThat(full.data().at("/torrents/0/name").asText()).isEqualTo("first");
            assertThat(full.data().at("/torrents/0/state").asText()).isEqualTo("started");
            assertThat(full.data().at("/torrents/0/down_rate").asLong()).isEqualTo(10);
            assertThat(full.data().at("/torrents/0").has("active"))
                    .as("only the fields asked")
                    .isFalse();
            assertThat(full.data().at("/client/down_rate").asLong()).isEqualTo(7);
            SseReader.Event changes = reader.next();
            assertThat(changes.name()).isEqualTo("changes");
            JsonNode changed = changes.data().at("/changed/" + first.hex());
            assertThat(changed.get("down_rate").asLong()).isEqualTo(99);
            assertThat(changed.get("state").asText()).isEqualTo("paused");
            assertThat(changes.data().at("/added/0/name").asText()).isEqualTo("second");
            assertThat(changes.data().get("removed")).isEmpty();
            assertThat(changes.data().at("/client/up_rate").asLong()).isEqualTo(5);
        }
        assertThat(api.watch.listeners.get(0).target.value()).isEqualTo("alpha");
    }

    @Test
    void aStreamOfAView_asksTheWatchForThatView_andATorrentLeavingItArrivesAsRemoved() {
        SseReader reader = connect("/api/v1/targets/alpha/events?fields=name&view=started");
        Eventually.until("the stream subscribed", () -> api.watch.open() == 1);
        var listener = api.watch.listeners.get(0);
        assertThat(listener.view.value()).isEqualTo("started");

        api.watch.publish(new TorrentEvent.Full(List.of(torrent(listener.fields, first, "first", true, 0)), client));
        // What the mirror's feed sends when a torrent was stopped behind pyroTorrent's back.
        api.watch.publish(new TorrentEvent.Changes(Map.of(), List.of(), List.of(first), client));

        assertThat(reader.nextNamed("full").data().at("/torrents/0/name").asText())
                .isEqualTo("first");
        SseReader.Event changes = reader.nextNamed("changes");
        assertThat(changes.data().at("/removed/0").asText()).isEqualTo(first.hex());
        assertThat(changes.data().get("added")).isEmpty();
    }

    @Test
    void aClientThatLeaves_isUnsubscribed_andTheOtherStillHearsEvents() {
        SseReader leaving = connect(EVENTS);
        SseReader staying = connect(EVENTS);
        Eventually.until("both streams subscribed", () -> api.watch.open() == 2);
        List<Field<?>> fields = api.watch.listeners.get(0).fields;

        leaving.close();
        Eventually.until(
                "the leaving client is unsubscribed",
                Duration.ofSeconds(10),
                () -> api.watch.publish(new TorrentEvent.Failed(new ClientFailure.Unreachable("down"))),
                () -> api.watch.open() == 1);

        SseReader.Event failed = staying.next();
        assertThat(failed.name()).isEqualTo("failed");
        assertThat(failed.data().at("/error/code").asText()).isEqualTo("rtorrent_unreachable");
        api.watch.publish(new TorrentEvent.Full(List.of(torrent(fields, first, "first", true, 1)), client));
        assertThat(staying.nextNamed("full").data().at("/torrents/0/name").asText())
                .isEqualTo("first");
    }

    @Test
    void whatCanBeChecked_isCheckedBeforeTheStreamOpens() {
        var unknown = api.send(
                HttpRequest.newBuilder(api.uri("/api/v1/targets/gamma/events")).header("Accept", "text/event-stream"));
        var badField = api.send(HttpRequest.newBuilder(api.uri("/api/v1/targets/alpha/events?fields=speed"))
                .header("Accept", "text/event-stream"));
        var notAStream = api.get("/api/v1/targets/alpha/events");

        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.errorCode()).isEqualTo("unknown_target");
        assertThat(badField.status()).isEqualTo(400);
        assertThat(badField.errorMessage()).startsWith("fields: unknown field 'speed'");
        assertThat(notAStream.status()).isEqualTo(406);
        assertThat(api.watch.listeners).isEmpty();
    }

    @Test
    void oneUser_getsAtMostTenStreams_andTheOthersStillGetTheirs() {
        try (var users = TestApi.start(o -> o.users = List.of(TestApi.user("alice", "*"), TestApi.user("bob", "*")))) {
            for (int i = 0; i < EventStreams.MAX_PER_USER; i++) {
                assertThat(open(users, "alice").statusCode()).isEqualTo(200);
            }

            var eleventh = open(users, "alice");
            var bobs = open(users, "bob");

            assertThat(eleventh.statusCode()).isEqualTo(503);
            assertThat(body(eleventh))
                    .contains("too_many_streams", "the most one user may have (" + EventStreams.MAX_PER_USER + ")");
            assertThat(bobs.statusCode()).isEqualTo(200);
            Eventually.until("eleven streams subscribed", () -> users.watch.open() == 11);
        }
    }

    @Test
    void aStreamThatEnds_givesItsUserTheSlotBack() {
        try (var users = TestApi.start(o -> o.users = List.of(TestApi.user("alice", "*")))) {
            var first = open(users, "alice");
            for (int i = 1; i < EventStreams.MAX_PER_USER; i++) {
                open(users, "alice");
            }
            Eventually.until("ten streams subscribed", () -> users.watch.open() == EventStreams.MAX_PER_USER);

            first.body().close();
            Eventually.until(
                    "the closed stream is unsubscribed",
                    Duration.ofSeconds(10),
                    () -> users.watch.publish(new TorrentEvent.Failed(new ClientFailure.Unreachable("down"))),
                    () -> users.watch.open() == EventStreams.MAX_PER_USER - 1);

            Eventually.until(
                    "the slot is free again", () -> open(users, "alice").statusCode() == 200);
        }
    }

    @Test
    void withoutConfiguredUsers_theOneLocalUserIsHeldOnlyToTheTotal() {
        for (int i = 0; i <= EventStreams.MAX_PER_USER; i++) {
            assertThat(open(api, null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void stoppingTheServer_endsOpenStreams() {
        connect(EVENTS);
        Eventually.until("subscribed", () -> api.watch.open() == 1);

        api.close();

        Eventually.until("the stream is unsubscribed", () -> api.watch.open() == 0);
    }
}
