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

    @Test
    void behindAProxy_onlyXForwardedForAndProtoCount_everyOtherForwardingHeaderIsIgnored() throws Exception {
        try (var server = HttpServer.start("127.0.0.1", 0, "/", new Metrics(), config -> {
            ProxyHeaders.trust(config);
            config.routes.get("/who", ctx -> ctx.result(ctx.ip() + " " + ctx.scheme() + " " + ctx.host()));
        })) {
            var uri = URI.create("http://127.0.0.1:" + server.port() + "/who");
            var forgedOnly = HttpRequest.newBuilder(uri)
                    .header("Forwarded", "for=1.2.3.4;proto=https;host=evil.example")
                    .header("X-Forwarded-Host", "evil.example")
                    .header("X-Forwarded-Server", "evil.example")
                    .header("X-Forwarded-Port", "4443")
                    .header("X-Proxied-Https", "on")
                    .build();
            var alongsideTheProxys = HttpRequest.newBuilder(uri)
                    .header("Forwarded", "for=1.2.3.5")
                    .header("X-Forwarded-For", "203.0.113.9")
                    .build();

            assertThat(http.send(forgedOnly, HttpResponse.BodyHandlers.ofString())
                            .body())
                    .isEqualTo("127.0.0.1 http 127.0.0.1:" + server.port());
            assertThat(http.send(alongsideTheProxys, HttpResponse.BodyHandlers.ofString())
                            .body())
                    .isEqualTo("203.0.113.9 http 127.0.0.1:" + server.port());
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
