package io.pyrotorrent.app.server;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.pyrotorrent.app.metrics.Metrics;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Consumer;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The one Javalin server: pages and API registered by their adapters, plus what every request
 * gets here (a request id in the logs and the X-Request-Id header, metrics), and /metrics. Its
 * one error pipeline ({@link ErrorPipeline}) hands each failure to the adapter owning the path.
 *
 * <p>Jetty's thread pool is capped at {@link #MAX_THREADS} (Javalin's default is 250). Reads of one
 * rTorrent are coalesced, so threads beyond what the 2-4 cores of a seedbox can run buy no
 * throughput, only memory: with 100 polling clients the default pool grew to ~225 threads and the
 * JVM to 352 MB RSS (about 300 MB with this cap, both with the 160 MB heap of the time; with
 * -Xmx112m and a bounded rtorrent-call pool the same load peaked at ~250-262 MB; today's -Xmx96m 245 MB, see BENCHMARKS.md).
 * Requests over the cap wait in Jetty's queue. Event streams (server-sent
 * events) do not hold a pool thread: Javalin's SseHandler runs each stream as a servlet async
 * request on its own async executor, and the API caps open streams (503 too_many_streams), so
 * open streams can neither starve the pool nor grow without bound.
 */
public final class HttpServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);

    /** Longest a stop waits for requests in flight; a page costs at most a target's timeout. */
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(15);

    /** Enough for the selector, acceptor and reserved threads plus ~16 requests at once. */
    static final int MAX_THREADS = 24;

    static final int MIN_THREADS = 8;
    private static final Duration IDLE_THREAD_TIMEOUT = Duration.ofSeconds(60);

    private final Javalin javalin;

    private HttpServer(Javalin javalin) {
        this.javalin = javalin;
    }

    /** Starts on host:port under basePath ("/" or "/torrent/"); port 0 picks a free port. */
    public static HttpServer start(
            String host, int port, String basePath, Metrics metrics, Consumer<JavalinConfig> routes) {
        return start(host, port, basePath, metrics, routes, BodyMemory.quarterOfTheHeap());
    }

    /** Package-private: tests choose a small body budget. */
    static HttpServer start(
            String host,
            int port,
            String basePath,
            Metrics metrics,
            Consumer<JavalinConfig> routes,
            BodyMemory bodyMemory) {
        Javalin javalin = Javalin.create(config -> {
            // Javalin wants "/torrent", not "/torrent/"; the config keeps the trailing slash.
            config.router.contextPath = basePath.length() > 1 && basePath.endsWith("/")
                    ? basePath.substring(0, basePath.length() - 1)
                    : basePath;
            config.startup.showJavalinBanner = false;
            config.jetty.threadPool = cappedThreadPool();
            // On stop, Jetty waits (up to the timeout) for requests in flight before closing.
            String contextPath = config.router.contextPath;
            config.jetty.modifyServer(server -> {
                server.setStopTimeout(STOP_TIMEOUT.toMillis());
                // Bodies are read whole, without a thread, before a route runs (see BodyGate).
                server.insertHandler(new BodyGate(bodyMemory, BodyDeadline.DEFAULT, contextPath));
                server.insertHandler(new GracefulHandler());
            });
            config.startup.showOldJavalinVersionWarning = false;
            config.routes.before(ctx -> {
                String id = UUID.randomUUID().toString().substring(0, 8);
                MDC.put("requestId", id);
                ctx.header("X-Request-Id", id);
            });
            config.routes.get(
                    "/metrics",
                    ctx -> ctx.contentType("text/plain; version=0.0.4; charset=utf-8")
                            .result(metrics.scrape(MetricsGate.visibleTargets(ctx))));
            config.requestLogger.http((ctx, ms) -> {
                String route = ctx.endpoint() == null ? "unmatched" : ctx.endpoint().path;
                metrics.http(route, ctx.method().name(), ctx.statusCode(), Duration.ofNanos((long) (ms * 1e6)));
                LOG.debug("{} {} -> {} in {} ms", ctx.method(), ctx.path(), ctx.statusCode(), ms);
                MDC.remove("requestId");
            });
            routes.accept(config);
        });
        javalin.start(host, port);
        return new HttpServer(javalin);
    }

    private static ThreadPool cappedThreadPool() {
        var pool = new QueuedThreadPool(MAX_THREADS, MIN_THREADS, (int) IDLE_THREAD_TIMEOUT.toMillis());
        pool.setName("http");
        return pool;
    }

    /** Package-private: tests check the cap. */
    ThreadPool threadPool() {
        return javalin.jettyServer().threadPool();
    }

    public int port() {
        return javalin.port();
    }

    /** Stops accepting, lets in-flight requests finish (Jetty's graceful stop), then returns. */
    @Override
    public void close() {
        javalin.stop();
    }
}
