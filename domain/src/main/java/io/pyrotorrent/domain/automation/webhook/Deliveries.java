package io.pyrotorrent.domain.automation.webhook;

import io.pyrotorrent.domain.model.webhook.Webhook;
import io.pyrotorrent.domain.model.webhook.WebhookMessage;
import io.pyrotorrent.domain.model.webhook.WebhookStatus;
import io.pyrotorrent.domain.port.out.WebhookSender;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;

/**
 * Sends each message on the given executor, which must have a bounded queue: when a slow or dead
 * endpoint fills it, a new message is dropped and counted, so a webhook never blocks the caller
 * (a seeding rule, a feed check, the mirror's poller) nor grows memory. A failed attempt is
 * retried {@link #ATTEMPTS} times in all, waiting {@link #FIRST_BACKOFF} and then twice as long
 * each time.
 */
final class Deliveries {

    static final int ATTEMPTS = 4;
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

    private final WebhookSender sender;
    private final Executor executor;
    private final Webhooks.Backoff backoff;
    private final LongConsumer onDrop;
    private final AtomicLong dropped = new AtomicLong();
    private final Map<Long, WebhookStatus> statuses = new ConcurrentHashMap<>();

    Deliveries(WebhookSender sender, Executor executor, Webhooks.Backoff backoff, LongConsumer onDrop) {
        this.sender = sender;
        this.executor = executor;
        this.backoff = backoff;
        this.onDrop = onDrop;
    }

    void enqueue(Webhook hook, WebhookMessage message) {
        try {
            executor.execute(() -> deliver(hook, message));
        } catch (RejectedExecutionException full) {
            onDrop.accept(dropped.incrementAndGet());
        }
    }

    long dropped() {
        return dropped.get();
    }

    WebhookStatus status(long id) {
        return statuses.getOrDefault(id, WebhookStatus.NEW);
    }

    void forget(long id) {
        statuses.remove(id);
    }

    private void deliver(Webhook hook, WebhookMessage message) {
        Duration pause = FIRST_BACKOFF;
        for (int attempt = 1; ; attempt++) {
            try {
                sender.send(hook.url(), message);
                statuses.merge(
                        hook.id(),
                        new WebhookStatus(
                                1,
                                0,
                                attempt - 1,
                                "delivered " + message.event().word()),
                        (a, b) ->
                                new WebhookStatus(a.delivered() + 1, a.failed(), a.retries() + b.retries(), b.last()));
                return;
            } catch (WebhookSender.Failed e) {
                if (attempt == ATTEMPTS) {
                    String last =
                            "failed " + message.event().word() + " after " + ATTEMPTS + " attempts: " + e.getMessage();
                    statuses.merge(
                            hook.id(),
                            new WebhookStatus(0, 1, attempt - 1, last),
                            (a, b) -> new WebhookStatus(
                                    a.delivered(), a.failed() + 1, a.retries() + b.retries(), b.last()));
                    return;
                }
            }
            try {
                backoff.await(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt(); // shutting down: this message is given up
                return;
            }
            pause = pause.multipliedBy(2);
        }
    }
}
