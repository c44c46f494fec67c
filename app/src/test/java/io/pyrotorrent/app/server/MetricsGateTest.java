package io.pyrotorrent.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.app.metrics.Metrics;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.auth.UserAccount;
import io.pyrotorrent.domain.port.out.LoginEvents;
import io.pyrotorrent.domain.service.AuthService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetricsGateTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final AuthService users = new AuthService(
            List.of(new UserAccount(new Principal("alice", true, Set.of()), "hash:secret")),
            (password, hash) -> hash.equals("hash:" + new String(password)),
            "decoy",
            LoginEvents.NONE,
            Clock.systemUTC());

    @Test
    void withUsers_metricsNeedBasicCredentials_andNothingElseIsItsBusiness() throws Exception {
        try (var server = HttpServer.start("127.0.0.1", 0, "/torrent/", new Metrics(), config -> {
            config.routes.before("/metrics", new MetricsGate(users)::check);
            config.routes.get("/health", ctx -> ctx.result("up"));
        })) {
            var anonymous = get(server, "/torrent/metrics", null);
            var wrong = get(server, "/torrent/metrics", "alice:guess");
            var right = get(server, "/torrent/metrics", "alice:secret");

            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
                    .hasValueSatisfying(value -> assertThat(value).startsWith("Basic realm=\"pyroTorrent\""));
            assertThat(anonymous.body()).doesNotContain("pyrotorrent_");
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(right.statusCode()).isEqualTo(200);
            assertThat(right.body()).contains("pyrotorrent_http_requests");
            assertThat(get(server, "/torrent/health", null).body()).isEqualTo("up");
        }
    }

    @Test
    void guessingTheMetricsPassword_isThrottledLikeAnyLogin() throws Exception {
        try (var server = HttpServer.start(
                "127.0.0.1",
                0,
                "/",
                new Metrics(),
                config -> config.routes.before("/metrics", new MetricsGate(users)::check))) {
            for (int i = 0; i < 5; i++) {
                assertThat(get(server, "/metrics", "alice:guess" + i).statusCode())
                        .isEqualTo(401);
            }

            var waiting = get(server, "/metrics", "alice:secret");

            assertThat(waiting.statusCode()).isEqualTo(429);
            assertThat(waiting.headers().firstValue("Retry-After")).isPresent();
        }
    }

    @Test
    void withoutUsers_metricsAreOpen() throws Exception {
        var nobody = new AuthService(List.of(), (password, hash) -> false, "", LoginEvents.NONE, Clock.systemUTC());
        try (var server = HttpServer.start(
                "127.0.0.1",
                0,
                "/",
                new Metrics(),
                config -> config.routes.before("/metrics", new MetricsGate(nobody)::check))) {
            assertThat(get(server, "/metrics", null).statusCode()).isEqualTo(200);
        }
    }

    private HttpResponse<String> get(HttpServer server, String path, String credentials) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (credentials != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
