package io.pyrotorrent.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.app.metrics.Metrics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class HttpServerTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyResponse_carriesARequestId_andMetricsCountRequestsByRouteUnderTheBasePath() throws Exception {
        var metrics = new Metrics();
        try (var server = HttpServer.start("127.0.0.1", 0, "/torrent/", metrics,
                config -> config.routes.get("/hello/{name}", ctx -> ctx.result("hi")))) {
            var hello = get(server, "/torrent/hello/alice");
            get(server, "/torrent/hello/bob");
            var scrape = get(server, "/torrent/metrics");

            assertThat(hello.body()).isEqualTo("hi");
            assertThat(hello.headers().firstValue("X-Request-Id")).hasValueSatisfying(id -> assertThat(id).hasSize(8));
            assertThat(scrape.headers().firstValue("Content-Type")).hasValueSatisfying(
                    type -> assertThat(type).startsWith("text/plain"));
            assertThat(scrape.body()).contains(
                    "pyrotorrent_http_requests_seconds_count{method=\"GET\",route=\"/hello/{name}\",status=\"200\"} 2");
        }
    }

    @Test
    void stopping_letsARequestInFlightFinish() throws Exception {
        var inHandler = new java.util.concurrent.CountDownLatch(1);
        var server = HttpServer.start("127.0.0.1", 0, "/", new Metrics(), config ->
                config.routes.get("/slow", ctx -> {
                    inHandler.countDown();
                    Thread.sleep(300);
                    ctx.result("finished");
                }));
        var response = http.sendAsync(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/slow"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(inHandler.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        server.close();

        assertThat(response.get(5, java.util.concurrent.TimeUnit.SECONDS).body()).isEqualTo("finished");
    }

    private HttpResponse<String> get(HttpServer server, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
