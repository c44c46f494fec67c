package io.pyrotorrent.adapter.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.api.http.RequestBody;
import io.pyrotorrent.domain.fake.TestTorrent;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every route that takes a body, fed each kind of bad body: a clear JSON error, and the server stays up. */
class BadInputApiTest {

    private static final TestTorrent TORRENT = TestTorrent.unique("target");
    private static final String HUGE = "1" + "0".repeat(40);
    private static TestApi api;

    /** A route that takes a JSON body, and a body of the wrong JSON types for it. */
    record Route(String method, String path, String wrongTypes, String field) {
        @Override
        public String toString() {
            return method + " " + path.replace(TORRENT.hash().hex(), "{hash}");
        }
    }

    static final List<Route> ROUTES = List.of(
            new Route("POST", "/api", "[{\"type\": [\"rtorrent\"], \"target\": \"alpha\", \"attributes\": []}]", null),
            new Route(
                    "POST",
                    "/api/v1/targets/alpha/torrents",
                    "{\"urls\": \"https://example.org/x.torrent\"}",
                    "directory"),
            new Route(
                    "POST",
                    "/api/v1/targets/alpha/torrents/actions",
                    "{\"action\": [\"start\"], \"hashes\": []}",
                    "action"),
            new Route("PUT", "/api/v1/targets/alpha/throttle", "{\"up\": \"fast\"}", "up"),
            new Route(
                    "PUT",
                    "/api/v1/targets/alpha/torrents/" + TORRENT.hash().hex() + "/priority",
                    "{\"priority\": [\"high\"]}",
                    "priority"),
            new Route(
                    "PUT",
                    "/api/v1/targets/alpha/torrents/" + TORRENT.hash().hex() + "/label",
                    "{\"label\": 7}",
                    "label"),
            new Route(
                    "PUT",
                    "/api/v1/targets/alpha/torrents/" + TORRENT.hash().hex() + "/files/0/priority",
                    "{\"priority\": true}",
                    "priority"));

    static Stream<Arguments> badBodies() {
        var cases = new ArrayList<Arguments>();
        for (Route route : ROUTES) {
            String fieldOrElement = route.field() == null
                    ? "[{\"type\": \"rtorrent\", \"target\": \"alpha\", \"attributes\": [[\"set_upload_throttle\", [%s]]]}]"
                    : "{\"" + route.field() + "\": %s}";
            Map<String, byte[]> bodies = new java.util.LinkedHashMap<>();
            bodies.put("wrong types", bytes(route.wrongTypes()));
            bodies.put("a huge number", bytes(fieldOrElement.formatted(HUGE)));
            bodies.put(
                    "an unknown field",
                    bytes(
                            route.field() == null
                                    ? "[{\"type\": \"rtorrent\", \"target\": \"alpha\", \"attributes\": [], \"colour\": 1}]"
                                    : "{\"colour\": 1}"));
            bodies.put("an empty body", new byte[0]);
            bodies.put("two JSON values", bytes(route.wrongTypes() + "{}"));
            bodies.put("invalid UTF-8", bytes(fieldOrElement.formatted("\"\u0001\"")));
            replace(bodies.get("invalid UTF-8"), (byte) 1, (byte) 0xFF);
            bodies.put("10 MB of garbage", bytes("{" + "x".repeat(10_000_000)));
            bodies.forEach((kind, body) -> cases.add(Arguments.of(route, kind, body, 400)));
            cases.add(Arguments.of(route, "a body over the cap", new byte[RequestBody.MAX_BYTES + 1], 413));
        }
        return cases.stream();
    }

    private static void replace(byte[] bytes, byte from, byte to) {
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = bytes[i] == from ? to : bytes[i];
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @BeforeAll
    static void start() {
        api = TestApi.start();
        api.alpha.put(TORRENT.metainfo(), true);
    }

    @AfterEach
    void serverStillAnswers() {
        assertThat(api.get("/api/v1/targets").status()).isEqualTo(200);
    }

    @AfterAll
    static void stop() {
        api.close();
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("badBodies")
    void badBodies_answerAClearJsonError(Route route, String kind, byte[] body, int status) {
        var reply = api.send(HttpRequest.newBuilder(api.uri(route.path()))
                .header("Content-Type", "application/json")
                .method(route.method(), HttpRequest.BodyPublishers.ofByteArray(body)));

        assertThat(reply.status()).isEqualTo(status);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.errorCode()).isIn("bad_request", "too_large");
        assertThat(reply.errorMessage())
                .isNotBlank()
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain("com.fasterxml")
                .doesNotContain("DeserializationFeature");
    }

    static Stream<String> getRoutes() {
        return Stream.of(
                "/api/attributes",
                "/api/v1/openapi.json",
                "/api/v1/targets",
                "/api/v1/targets/alpha/torrents",
                "/api/v1/targets/alpha/torrents/" + TORRENT.hash().hex(),
                "/api/v1/targets/alpha/events");
    }

    @ParameterizedTest
    @MethodSource("getRoutes")
    void unknownQueryParameters_areA400(String path) {
        var reply = api.get(path + "?colour=red");

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorMessage()).startsWith("unknown query parameter 'colour'");
    }
}
