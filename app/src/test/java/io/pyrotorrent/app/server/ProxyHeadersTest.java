package io.pyrotorrent.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.app.metrics.Metrics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class ProxyHeadersTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void behindAProxy_itsForwardedHeadersNameTheClientAndTheScheme() throws Exception {
        try (var server = HttpServer.start("127.0.0.1", 0, "/", new Metrics(), config -> {
            ProxyHeaders.trust(config);
            config.routes.get("/who", ctx -> ctx.result(ctx.ip() + " " + ctx.scheme()));
        })) {
            assertThat(forwarded(server)).isEqualTo("203.0.113.9 https");
        }
    }

    @Test
    void withoutAProxy_forwardedHeadersAreIgnored_soNobodyPicksTheirOwnAddress() throws Exception {
        try (var server = HttpServer.start(
                "127.0.0.1",
                0,
                "/",
                new Metrics(),
                config -> config.routes.get("/who", ctx -> ctx.result(ctx.ip() + " " + ctx.scheme())))) {
            assertThat(forwarded(server)).isEqualTo("127.0.0.1 http");
        }
    }

    private String forwarded(HttpServer server) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/who"))
                .header("X-Forwarded-For", "203.0.113.9")
                .header("X-Forwarded-Proto", "https")
                .build();
        return http.send(request, HttpResponse.BodyHandlers.ofString()).body();
    }
}
