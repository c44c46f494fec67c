package io.pyrotorrent.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.rtorrent.transport.RoundTrip;
import io.pyrotorrent.app.metrics.Metrics;
import io.pyrotorrent.domain.model.TargetName;
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
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
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
    void aUserSeesTheSeriesOfTheirOwnTargetsOnly_andAnAdminSeesEveryTarget() throws Exception {
        var metrics = new Metrics();
        metrics.rtorrent("alpha").onRoundTrip(new RoundTrip(10, 20, Duration.ofMillis(5), Optional.empty()));
        metrics.rtorrent("beta").onRoundTrip(new RoundTrip(10, 20, Duration.ofMillis(5), Optional.empty()));
        metrics.coalescing("beta", () -> 7);
        var team = new AuthService(
                List.of(
                        account("alice", false, TargetName.of("alpha")),
                        account("bob", false, TargetName.of("beta")),
                        account("root", false, TargetName.of("alpha")),
                        account("star", true)),
                (password, hash) -> hash.equals("hash:" + new String(password)),
                "decoy",
                LoginEvents.NONE,
                Clock.systemUTC());
        try (var server = HttpServer.start(
                "127.0.0.1",
                0,
                "/",
                metrics,
                config -> config.routes.before("/metrics", new MetricsGate(team, Set.of("root"))::check))) {
            get(server, "/metrics", "alice:secret"); // counted, so the HTTP series exist below

            String alice = get(server, "/metrics", "alice:secret").body();
            String bob = get(server, "/metrics", "bob:secret").body();
            String root = get(server, "/metrics", "root:secret").body();
            String star = get(server, "/metrics", "star:secret").body();

            assertThat(alice)
                    .contains("pyrotorrent_rtorrent_requests_total{target=\"alpha\"} 1.0", "pyrotorrent_http_requests")
                    .doesNotContain("target=\"beta\"", "pyrotorrent_coalescing_hits");
            assertThat(bob)
                    .contains(
                            "pyrotorrent_rtorrent_requests_total{target=\"beta\"} 1.0",
                            "pyrotorrent_coalescing_hits_total{target=\"beta\"} 7.0",
                            "pyrotorrent_http_requests")
                    .doesNotContain("target=\"alpha\"");
            assertThat(root).contains("target=\"alpha\"", "target=\"beta\"", "pyrotorrent_http_requests");
            assertThat(star).contains("target=\"alpha\"", "target=\"beta\"");
        }
    }

    private static UserAccount account(String name, boolean allTargets, TargetName... targets) {
        return new UserAccount(new Principal(name, allTargets, Set.of(targets)), "hash:secret");
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
