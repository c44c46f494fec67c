package io.pyrotorrent.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.http.sse.SseHandler;
import io.pyrotorrent.app.metrics.Metrics;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class HttpServerTest {

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void everyResponse_carriesARequestId_andMetricsCountRequestsByRouteUnderTheBasePath() throws Exception {
        var metrics = new Metrics();
        try (var server = HttpServer.start(
                "127.0.0.1",
                0,
                "/torrent/",
                metrics,
                config -> config.routes.get("/hello/{name}", ctx -> ctx.result("hi")))) {
            var hello = get(server, "/torrent/hello/alice");
            get(server, "/torrent/hello/bob");
            var scrape = get(server, "/torrent/metrics");

            assertThat(hello.body()).isEqualTo("hi");
            assertThat(hello.headers().firstValue("X-Request-Id"))
                    .hasValueSatisfying(id -> assertThat(id).hasSize(8));
            assertThat(scrape.headers().firstValue("Content-Type"))
                    .hasValueSatisfying(type -> assertThat(type).startsWith("text/plain"));
            assertThat(scrape.body())
                    .contains(
                            "pyrotorrent_http_requests_seconds_count{method=\"GET\",route=\"/hello/{name}\",status=\"200\"} 2");
        }
    }

    @Test
    /** Paths nobody routes come from anyone: one series for all of them, or a scanner makes thousands. */
    void requestsNoRouteMatches_shareOneMetricsSeries_notOnePerPath() throws Exception {
        var metrics = new Metrics();
        try (var server = HttpServer.start(
                "127.0.0.1",
                0,
                "/torrent/",
                metrics,
                config -> config.routes.get("/hello/{name}", ctx -> ctx.result("hi")))) {
            var missing = get(server, "/torrent/no/such/page");
            get(server, "/torrent/another/missing/page");
            var scrape = get(server, "/torrent/metrics");

            assertThat(missing.statusCode()).isEqualTo(404);
            assertThat(scrape.body())
                    .contains("pyrotorrent_http_requests_seconds_count{method=\"GET\",route=\"*\",status=\"404\"} 2")
                    .doesNotContain("such")
                    .doesNotContain("another");
        }
    }

    @Test
    void stopping_letsARequestInFlightFinish() throws Exception {
        var inHandler = new java.util.concurrent.CountDownLatch(1);
        var server = HttpServer.start(
                "127.0.0.1",
                0,
                "/",
                new Metrics(),
                config -> config.routes.get("/slow", ctx -> {
                    inHandler.countDown();
                    Thread.sleep(300);
                    ctx.result("finished");
                }));
        var response = http.sendAsync(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/slow"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(inHandler.await(5, java.util.concurrent.TimeUnit.SECONDS)).isTrue();

        server.close();

        assertThat(response.get(5, java.util.concurrent.TimeUnit.SECONDS).body())
                .isEqualTo("finished");
    }

    @Test
    @Timeout(60)
    @DisplayName("100 requests at once never run on more than the capped pool's threads; the rest wait and all succeed")
    void concurrentRequests_areServedByACappedPool() throws Exception {
        var active = new AtomicInteger();
        var peak = new AtomicInteger();
        var release = new CountDownLatch(1);
        try (var server = HttpServer.start(
                "127.0.0.1",
                0,
                "/",
                new Metrics(),
                config -> config.routes.get("/hold", ctx -> {
                    peak.accumulateAndGet(active.incrementAndGet(), Math::max);
                    release.await(30, TimeUnit.SECONDS);
                    active.decrementAndGet();
                    ctx.result("done");
                }))) {
            var pool = (QueuedThreadPool) server.threadPool();
            List<CompletableFuture<HttpResponse<String>>> replies = new ArrayList<>();
            for (int i = 0; i < 100; i++) {
                replies.add(http.sendAsync(request(server, "/hold"), HttpResponse.BodyHandlers.ofString()));
            }

            awaitUntil(() -> pool.getQueueSize() > 0, "requests queue up once every thread is busy");
            int threadsWhileFull = pool.getThreads();
            release.countDown();

            assertThat(pool.getMaxThreads()).isEqualTo(HttpServer.MAX_THREADS);
            assertThat(threadsWhileFull).isLessThanOrEqualTo(HttpServer.MAX_THREADS);
            for (var reply : replies) {
                assertThat(reply.get(30, TimeUnit.SECONDS).statusCode()).isEqualTo(200);
            }
            assertThat(peak.get()).isLessThan(HttpServer.MAX_THREADS);
        }
    }

    @Test
    @Timeout(60)
    @DisplayName("more open event streams than pool threads do not starve ordinary requests")
    void openEventStreams_doNotHoldPoolThreads() throws Exception {
        int streams = HttpServer.MAX_THREADS + 12;
        var opened = new CountDownLatch(streams);
        var release = new CountDownLatch(1);
        try (var server = HttpServer.start("127.0.0.1", 0, "/", new Metrics(), config -> {
            config.routes.get("/events", new SseHandler(0, client -> {
                opened.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            config.routes.get("/hello", ctx -> ctx.result("hi"));
        })) {
            List<CompletableFuture<HttpResponse<InputStream>>> open = new ArrayList<>();
            for (int i = 0; i < streams; i++) {
                open.add(http.sendAsync(
                        HttpRequest.newBuilder(URI.create(base(server) + "/events"))
                                .header("Accept", "text/event-stream")
                                .build(),
                        HttpResponse.BodyHandlers.ofInputStream()));
            }
            assertThat(opened.await(30, TimeUnit.SECONDS))
                    .as("all %d streams open", streams)
                    .isTrue();

            var hello = http.send(
                    HttpRequest.newBuilder(URI.create(base(server) + "/hello"))
                            .timeout(Duration.ofSeconds(5))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(hello.body()).isEqualTo("hi");
            release.countDown();
            for (var stream : open) {
                stream.get(30, TimeUnit.SECONDS).body().close();
            }
        }
    }

    private static void awaitUntil(java.util.function.BooleanSupplier condition, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime() - deadline)
                    .as("timed out waiting: " + what)
                    .isNegative();
            Thread.sleep(5);
        }
    }

    private static String base(HttpServer server) {
        return "http://127.0.0.1:" + server.port();
    }

    private static HttpRequest request(HttpServer server, String path) {
        return HttpRequest.newBuilder(URI.create(base(server) + path)).build();
    }

    private HttpResponse<String> get(HttpServer server, String path) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
