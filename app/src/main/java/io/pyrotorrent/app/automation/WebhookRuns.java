package io.pyrotorrent.app.automation;

import io.pyrotorrent.domain.automation.webhook.Webhooks;
import io.pyrotorrent.domain.model.webhook.WebhookMessage;
import io.pyrotorrent.domain.port.out.WebhookSender;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Webhooks, run: one delivery thread with a queue of {@link #QUEUE} messages (a dead endpoint
 * costs at most that much memory; what does not fit is dropped and logged with the count), and the
 * mirror's watch of the targets that have hooks, started with the server only.
 */
public final class WebhookRuns implements Consumer<WebhookMessage> {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookRuns.class);

    /** Four attempts of a dead endpoint take about 7 s plus timeouts: 256 messages is minutes of events. */
    public static final int QUEUE = 256;
    /** An endpoint that cannot answer a small POST within this is treated as down. */
    public static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final ExecutorService executor;
    private volatile Webhooks webhooks;

    public WebhookRuns() {
        var count = new AtomicInteger();
        this.executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(QUEUE), runnable -> {
            var thread = new Thread(runnable, "webhook-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Builds the service on this runner's bounded executor. */
    public Webhooks webhooks(
            io.pyrotorrent.domain.port.out.WebhookStore store,
            WebhookSender sender,
            io.pyrotorrent.domain.port.in.WatchTorrents watch,
            java.time.Clock clock,
            java.util.function.Supplier<java.util.List<io.pyrotorrent.domain.model.TargetName>> targets) {
        webhooks = new Webhooks(
                store,
                sender,
                executor,
                pause -> Thread.sleep(pause.toMillis()),
                WebhookRuns::dropped,
                watch,
                clock,
                targets);
        return webhooks;
    }

    /** Seeding rules and feeds publish here; before the service is built, nothing listens. */
    @Override
    public void accept(WebhookMessage message) {
        Webhooks service = webhooks;
        if (service != null) {
            service.publish(message);
        }
    }

    public void start() {
        webhooks.serve();
    }

    public void stop() {
        if (webhooks != null) {
            webhooks.stop();
        }
        executor.shutdownNow();
    }

    /** The first drop and then every hundredth: a dead endpoint must not flood the log either. */
    private static void dropped(long count) {
        if (count == 1 || count % 100 == 0) {
            LOG.warn(
                    "webhooks: the queue of {} is full (an endpoint is slow or down): {} events dropped so far",
                    QUEUE,
                    count);
        }
    }
}
