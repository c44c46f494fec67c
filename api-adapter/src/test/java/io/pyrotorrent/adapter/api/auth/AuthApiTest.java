package io.pyrotorrent.adapter.api.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.api.TestApi;
import java.net.http.HttpRequest;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AuthApiTest {

    private TestApi api;

    @BeforeEach
    void start() {
        api = TestApi.start(
                options -> options.users = List.of(TestApi.user("alice", "alpha"), TestApi.user("root", "*")));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/attributes",
                "/api/v1/targets",
                "/api/v1/openapi.json",
                "/api/v1/targets/alpha/torrents",
                "/api/v1/targets/alpha/events"
            })
    void withoutCredentials_everyApiRouteIs401_withABasicChallenge(String path) {
        var reply = api.get(path);

        assertThat(reply.status()).isEqualTo(401);
        assertThat(reply.headers().firstValue("WWW-Authenticate")).hasValue("Basic realm=\"pyroTorrent\"");
        assertThat(reply.errorCode()).isEqualTo("unauthorized");
    }

    @Test
    void theLegacyApi_needsCredentialsToo_butHealthDoesNot() {
        assertThat(api.legacy("[]").status()).isEqualTo(401);
        assertThat(api.get("/health").status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(strings = {"wrong", "", "secret-root"})
    void aWrongPassword_is401(String password) {
        api.loginAs("alice", password);

        assertThat(api.get("/api/v1/targets").status()).isEqualTo(401);
    }

    @Test
    void malformedAuthorizationHeaders_are401NotErrors() {
        for (String header : List.of(
                "Basic",
                "Basic !!!",
                "Basic " + java.util.Base64.getEncoder().encodeToString("nocolon".getBytes()),
                "Bearer abc",
                "Basic " + java.util.Base64.getEncoder().encodeToString(new byte[] {(byte) 0xFF, ':'}))) {
            var reply =
                    api.send(HttpRequest.newBuilder(api.uri("/api/v1/targets")).header("Authorization", header));
            assertThat(reply.status()).as(header).isEqualTo(401);
        }
    }

    @Test
    void theRightPassword_isLetIn_andSeesOnlyItsTargets() {
        api.loginAs("alice", "secret-alice");

        var reply = api.get("/api/v1/targets");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("targets")).hasSize(1);
        assertThat(reply.json().at("/targets/0/name").asText()).isEqualTo("alpha");
        assertThat(api.beta.roundTrips()).isZero();
    }

    @Test
    void aTargetTheCallerMayNotUse_answersExactlyAsAnUnknownOne() {
        api.loginAs("alice", "secret-alice");

        var hidden = api.get("/api/v1/targets/beta/torrents");
        var missing = api.get("/api/v1/targets/gamma/torrents");
        var legacy = api.legacy("""
                [{"type": "rtorrent", "target": "beta", "attributes": [["get_hostname", []]]},
                 {"type": "rtorrent", "target": "gamma", "attributes": [["get_hostname", []]]}]""").json();

        assertThat(hidden.status()).isEqualTo(missing.status()).isEqualTo(404);
        assertThat(hidden.body().replace("beta", "X")).isEqualTo(missing.body().replace("gamma", "X"));
        assertThat(legacy.get(0).toString().replace("beta", "X"))
                .isEqualTo(legacy.get(1).toString().replace("gamma", "X").replace("request[1]", "request[0]"));
        assertThat(api.putJson("/api/v1/targets/beta/throttle", "{\"up\": 1}").status())
                .isEqualTo(404);
        assertThat(api.beta.roundTrips()).isZero();
    }

    @Test
    void aUserOfAllTargets_usesThemAll() {
        api.loginAs("root", "secret-root");

        assertThat(api.get("/api/v1/targets").json().get("targets")).hasSize(2);
        assertThat(api.get("/api/v1/targets/beta/torrents").status()).isEqualTo(200);
    }

    @Test
    void browsersPostingFromAnotherSite_are403_evenWithCredentials() {
        api.loginAs("root", "secret-root");

        var crossSite = api.send(HttpRequest.newBuilder(api.uri("/api"))
                .header("Sec-Fetch-Site", "cross-site")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("request=[]")));
        var sameOrigin = api.send(HttpRequest.newBuilder(api.uri("/api"))
                .header("Sec-Fetch-Site", "same-origin")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("request=[]")));

        assertThat(crossSite.status()).isEqualTo(403);
        assertThat(crossSite.errorCode()).isEqualTo("forbidden");
        assertThat(sameOrigin.status()).isEqualTo(200);
    }

    @Test
    void aWebSessionCookie_isLetIn_asItsUser() {
        var session = api.sessions.open(TestApi.user("alice", "alpha").principal(), java.util.Optional.empty());

        var reply = api.send(
                HttpRequest.newBuilder(api.uri("/api/v1/targets")).header("Cookie", "pyro_session=" + session.id()));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("targets")).hasSize(1);
    }

    @Test
    void aChangeWithASessionCookie_needsTheSessionsCsrfTokenInAHeader() {
        var session = api.sessions.open(TestApi.user("alice", "alpha").principal(), java.util.Optional.empty());
        java.util.function.Function<String, HttpRequest.Builder> throttle = token -> {
            var request = HttpRequest.newBuilder(api.uri("/api/v1/targets/alpha/throttle"))
                    .header("Cookie", "pyro_session=" + session.id())
                    .header("Content-Type", "application/json")
                    .PUT(HttpRequest.BodyPublishers.ofString("{\"up\": 1024}"));
            return token == null ? request : request.header("X-CSRF-Token", token);
        };

        var without = api.send(throttle.apply(null));
        var wrong = api.send(throttle.apply("not-the-token"));
        var right = api.send(throttle.apply(session.csrfToken()));

        assertThat(without.status()).isEqualTo(wrong.status()).isEqualTo(403);
        assertThat(without.errorCode()).isEqualTo("csrf");
        assertThat(without.body()).contains("X-CSRF-Token");
        assertThat(right.status()).isEqualTo(200);
        assertThat(api.alpha.roundTrips()).isEqualTo(1);
    }

    @Test
    void anEndedOrMadeUpSession_isNotLetIn() {
        var session = api.sessions.open(TestApi.user("alice", "alpha").principal(), java.util.Optional.empty());
        api.sessions.close(session.id());

        for (String id : List.of(session.id(), "made-up", "x".repeat(500))) {
            var reply =
                    api.send(HttpRequest.newBuilder(api.uri("/api/v1/targets")).header("Cookie", "pyro_session=" + id));
            assertThat(reply.status()).as(id).isEqualTo(401);
        }
    }

    @Test
    void repeatedWrongPasswords_are429WithRetryAfter_andTheRightOneWaitsToo() {
        api.loginAs("alice", "wrong");
        for (int i = 0; i < 5; i++) {
            assertThat(api.get("/api/v1/targets").status()).isEqualTo(401);
        }

        var throttled = api.get("/api/v1/targets");
        api.loginAs("alice", "secret-alice");
        var rightButWaiting = api.get("/api/v1/targets");

        assertThat(throttled.status()).isEqualTo(429);
        assertThat(throttled.errorCode()).isEqualTo("too_many_logins");
        assertThat(throttled.headers().firstValue("Retry-After")).hasValue("30");
        assertThat(rightButWaiting.status()).isEqualTo(429);
    }

    @Test
    void healthWithoutLogin_saysUp_butNamesNoTarget_whileALoggedInCallerSeesTheirs() {
        var anonymous = api.get("/health").json();
        api.loginAs("alice", "secret-alice");
        var alice = api.get("/health").json();

        assertThat(anonymous.get("status").asText()).isEqualTo("up");
        assertThat(anonymous.get("targets")).isEmpty();
        assertThat(alice.get("targets")).hasSize(1);
        assertThat(alice.at("/targets/0/name").asText()).isEqualTo("alpha");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "/api/attributes",
                "/api/v1/targets",
                "/api/v1/openapi.json",
                "/api/v1/targets/alpha/torrents",
                "/api/v1/targets/alpha/events",
                "/api/v1/targets/alpha/torrents/actions"
            })
    void headWithoutCredentials_isRefusedLikeGet_notAnEmpty200(String path) {
        var head = api.send(HttpRequest.newBuilder(api.uri(path)).method("HEAD", HttpRequest.BodyPublishers.noBody()));

        assertThat(head.status()).isEqualTo(api.get(path).status()).isEqualTo(401);
    }

    @Test
    void headOnAnotherUsersTarget_answersAsAnUnknownTarget() {
        api.loginAs("alice", "secret-alice");

        for (String path : List.of("/api/v1/targets/beta/torrents", "/api/v1/targets/beta/events")) {
            var head =
                    api.send(HttpRequest.newBuilder(api.uri(path)).method("HEAD", HttpRequest.BodyPublishers.noBody()));
            assertThat(head.status()).as(path).isEqualTo(404);
        }
    }
}
