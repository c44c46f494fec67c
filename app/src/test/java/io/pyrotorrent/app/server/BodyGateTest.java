package io.pyrotorrent.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.app.metrics.Metrics;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The body gate in front of the routes: bodies arrive whole, and within the memory set aside. */
class BodyGateTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aBody_reachesTheRouteWhole_andItsMemoryIsGivenBackAfterwards() throws Exception {
        var memory = new BodyMemory(4 * 1024 * 1024);
        try (var server = HttpServer.start(
                "127.0.0.1",
                0,
                "/",
                new Metrics(),
                c -> c.routes.post("/echo", ctx -> ctx.result(ctx.body())),
                memory)) {
            var answer = post(server, "/echo", "x".repeat(500_000));

            assertThat(answer.statusCode()).isEqualTo(200);
            assertThat(answer.body()).hasSize(500_000);
            assertThat(memory.held()).isZero();
        }
    }

    @Test
    void aBodyLargerThanTheWholeBudget_is413WithTheLimit_inTheApisShapeUnderApi() throws Exception {
        var memory = new BodyMemory(4 * 100_000);
        try (var server = HttpServer.start(
                "127.0.0.1", 0, "/", new Metrics(), c -> c.routes.post("/api", ctx -> ctx.result("ran")), memory)) {
            var answer = post(server, "/api", "x".repeat(100_001));

            assertThat(answer.statusCode()).isEqualTo(413);
            assertThat(answer.body())
                    .isEqualTo("{\"error\":{\"code\":\"too_large\",\"message\":\"the body is 100001 bytes;"
                            + " this server takes at most 100000 bytes in one request\"}}\n");
            assertThat(memory.held()).isZero();
        }
    }

    @Test
    void whileTheBudgetIsHeldByAnotherBody_aPageBodyIs503WithRetryAfter() throws Exception {
        var memory = new BodyMemory(4 * 100_000);
        var inRoute = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        try (var server = HttpServer.start(
                "127.0.0.1",
                0,
                "/",
                new Metrics(),
                c -> c.routes.post("/hold", ctx -> {
                    inRoute.countDown();
                    release.await(10, TimeUnit.SECONDS);
                    ctx.result("held");
                }),
                memory)) {
            var holding =
                    http.sendAsync(request(server, "/hold", "x".repeat(80_000)), HttpResponse.BodyHandlers.ofString());
            assertThat(inRoute.await(10, TimeUnit.SECONDS)).isTrue();

            var refused = post(server, "/hold", "y".repeat(30_000));
            release.countDown();

            assertThat(refused.statusCode()).isEqualTo(503);
            assertThat(refused.headers().firstValue("Retry-After")).hasValue("5");
            assertThat(refused.body()).startsWith("The server is reading too many large bodies at once");
            assertThat(holding.get(10, TimeUnit.SECONDS).body()).isEqualTo("held");
        }
    }

    private HttpResponse<String> post(HttpServer server, String path, String body) throws Exception {
        return http.send(request(server, path, body), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpRequest request(HttpServer server, String path, String body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
    }
}
