package io.pyrotorrent.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.app.metrics.Metrics;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.auth.UserAccount;
import io.pyrotorrent.domain.service.AuthService;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BasicAuthGateTest {

    private final HttpClient http = HttpClient.newHttpClient();
    private final AuthService users = new AuthService(List.of(new UserAccount(
            new Principal("alice", true, Set.of()), "hash:secret")),
            (password, hash) -> hash.equals("hash:" + new String(password)), "decoy");

    @Test
    void withUsers_pagesAndMetricsNeedCredentials_healthAndTheApiDecideForThemselves() throws Exception {
        try (var server = HttpServer.start("127.0.0.1", 0, "/torrent/", new Metrics(), config -> {
            config.routes.before(new BasicAuthGate(users)::check);
            config.routes.get("/", ctx -> ctx.result("overview"));
            config.routes.get("/health", ctx -> ctx.result("up"));
            config.routes.get("/api/v1/targets", ctx -> ctx.result("api"));
        })) {
            var anonymous = get(server, "/torrent/", null);
            var wrong = get(server, "/torrent/", "alice:guess");
            var right = get(server, "/torrent/", "alice:secret");

            assertThat(anonymous.statusCode()).isEqualTo(401);
            assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(
                    value -> assertThat(value).startsWith("Basic realm=\"pyroTorrent\""));
            assertThat(anonymous.body()).doesNotContain("overview");
            assertThat(wrong.statusCode()).isEqualTo(401);
            assertThat(right.body()).isEqualTo("overview");
            assertThat(get(server, "/torrent/metrics", null).statusCode()).isEqualTo(401);
            assertThat(get(server, "/torrent/health", null).body()).isEqualTo("up");
            assertThat(get(server, "/torrent/api/v1/targets", null).body()).isEqualTo("api");
        }
    }

    @Test
    void withoutUsers_everythingIsOpen() throws Exception {
        var nobody = new AuthService(List.of(), (password, hash) -> false, "");
        try (var server = HttpServer.start("127.0.0.1", 0, "/", new Metrics(), config -> {
            config.routes.before(new BasicAuthGate(nobody)::check);
            config.routes.get("/", ctx -> ctx.result("overview"));
        })) {
            assertThat(get(server, "/", null).body()).isEqualTo("overview");
        }
    }

    private HttpResponse<String> get(HttpServer server, String path, String credentials) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path));
        if (credentials != null) {
            request.header("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
