package io.pyrotorrent.adapter.api;

import static org.assertj.core.api.Assertions.assertThat;

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
        api = TestApi.start(options -> options.users = List.of(TestApi.user("alice", "alpha"), TestApi.user("root", "*")));
    }

    @AfterEach
    void stop() {
        api.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/attributes", "/api/v1/targets", "/api/v1/openapi.json", "/api/v1/targets/alpha/torrents",
            "/api/v1/targets/alpha/events"})
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
        for (String header : List.of("Basic", "Basic !!!", "Basic " + java.util.Base64.getEncoder().encodeToString("nocolon".getBytes()),
                "Bearer abc", "Basic " + java.util.Base64.getEncoder().encodeToString(new byte[] {(byte) 0xFF, ':'}))) {
            var reply = api.send(HttpRequest.newBuilder(api.uri("/api/v1/targets")).header("Authorization", header));
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
        assertThat(api.putJson("/api/v1/targets/beta/throttle", "{\"up\": 1}").status()).isEqualTo(404);
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

        var crossSite = api.send(HttpRequest.newBuilder(api.uri("/api")).header("Sec-Fetch-Site", "cross-site")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("request=[]")));
        var sameOrigin = api.send(HttpRequest.newBuilder(api.uri("/api")).header("Sec-Fetch-Site", "same-origin")
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString("request=[]")));

        assertThat(crossSite.status()).isEqualTo(403);
        assertThat(crossSite.errorCode()).isEqualTo("forbidden");
        assertThat(sameOrigin.status()).isEqualTo(200);
    }
}
