package io.pyrotorrent.domain.automation.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.InMemoryWebhooks;
import io.pyrotorrent.domain.fake.TestClock;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.webhook.Webhook;
import io.pyrotorrent.domain.model.webhook.WebhookEvent;
import io.pyrotorrent.domain.model.webhook.WebhookMessage;
import io.pyrotorrent.domain.port.out.WebhookSender;
import io.pyrotorrent.domain.service.Targets;
import io.pyrotorrent.domain.service.WatchService;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WebhooksTest {

    private static final TargetName MAIN = TargetName.of("main");
    private static final URI URL = URI.create("http://hooks.example/in");

    private final TestClock clock = new TestClock();
    private final InMemoryWebhooks store = new InMemoryWebhooks();
    private final InMemoryTorrentClient rtorrent = new InMemoryTorrentClient();
    private final Targets targets =
            new Targets(Map.of(MAIN, rtorrent, TargetName.of("other"), new InMemoryTorrentClient()));
    private final List<WebhookMessage> sent = new ArrayList<>();
    private final List<Duration> pauses = new ArrayList<>();
    private final AtomicInteger failuresLeft = new AtomicInteger();
    private final AtomicLong droppedSeen = new AtomicLong();
    private final java.util.concurrent.ScheduledExecutorService polls = Executors.newSingleThreadScheduledExecutor();

    private final WebhookSender sender = new WebhookSender() {
        @Override
        public Optional<String> refusal(URI url) {
            return url.getHost().equals("10.0.0.1") ? Optional.of("10.0.0.0/8 (private)") : Optional.empty();
        }

        @Override
        public synchronized void send(URI url, WebhookMessage message) {
            if (failuresLeft.getAndDecrement() > 0) {
                throw new Failed("HTTP 503");
            }
            sent.add(message);
        }
    };

    @AfterEach
    void stop() {
        polls.shutdownNow();
    }

    private Webhooks hooks(java.util.concurrent.Executor executor) {
        return new Webhooks(
                store,
                sender,
                executor,
                pauses::add,
                droppedSeen::set,
                new WatchService(targets, polls, Duration.ofMillis(20)),
                clock,
                targets::names);
    }

    private Webhook hook(WebhookEvent... events) {
        return new Webhook(0, MAIN, URL, Set.of(events));
    }

    private WebhookMessage message(WebhookEvent event) {
        return new WebhookMessage(event, MAIN, clock.instant(), Optional.empty(), "x", "");
    }

    @Test
    void aMessage_goesToTheHooksThatAskedForItsKind_onItsTarget() {
        var service = hooks(Runnable::run);
        service.save(Principal.LOCAL, hook(WebhookEvent.RULE_ACTED));
        service.save(Principal.LOCAL, new Webhook(0, TargetName.of("other"), URL, Set.of(WebhookEvent.RULE_ACTED)));
        service.save(Principal.LOCAL, hook(WebhookEvent.RSS_ADDED));

        service.publish(message(WebhookEvent.RULE_ACTED));

        assertThat(sent).extracting(WebhookMessage::event).containsExactly(WebhookEvent.RULE_ACTED);
        assertThat(service.hooks(Principal.LOCAL).get(0).status().delivered()).isEqualTo(1);
    }

    @Test
    void aFailedAttempt_isRetriedWithDoublingBackoff_upToTheBound() {
        var service = hooks(Runnable::run);
        service.save(Principal.LOCAL, hook(WebhookEvent.RULE_ACTED));
        failuresLeft.set(2);

        service.publish(message(WebhookEvent.RULE_ACTED));
        assertThat(sent).hasSize(1);
        assertThat(pauses).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        failuresLeft.set(100);
        service.publish(message(WebhookEvent.RULE_ACTED));

        assertThat(pauses).hasSize(2 + Deliveries.ATTEMPTS - 1);
        var status = service.hooks(Principal.LOCAL).get(0).status();
        assertThat(status.delivered()).isEqualTo(1);
        assertThat(status.failed()).isEqualTo(1);
        assertThat(status.retries()).isEqualTo(2 + Deliveries.ATTEMPTS - 1);
        assertThat(status.last()).isEqualTo("failed rule-acted after 4 attempts: HTTP 503");
    }

    @Test
    void aFullQueue_dropsAndCounts_withoutBlockingThePublisher() throws Exception {
        var stalled = new CountDownLatch(1);
        var executor = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS, new ArrayBlockingQueue<>(2));
        try {
            var service = hooks(executor);
            service.save(Principal.LOCAL, hook(WebhookEvent.RULE_ACTED));
            executor.execute(() -> {
                try {
                    stalled.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });

            long started = System.nanoTime();
            for (int i = 0; i < 100; i++) {
                service.publish(message(WebhookEvent.RULE_ACTED));
            }

            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(1));
            assertThat(service.dropped()).isEqualTo(98);
            assertThat(droppedSeen).hasValue(98);
            assertThat(executor.getQueue()).hasSize(2);
        } finally {
            stalled.countDown();
            executor.shutdownNow();
        }
    }

    @Test
    void aRefusedUrl_isNotSaved_andSaysWhy() {
        var service = hooks(Runnable::run);

        assertThatThrownBy(() -> service.save(
                        Principal.LOCAL,
                        new Webhook(0, MAIN, URI.create("http://10.0.0.1/"), Set.of(WebhookEvent.ADDED))))
                .hasMessage("url: 10.0.0.0/8 (private)");
        assertThat(store.all()).isEmpty();
    }

    @Test
    void theTestButton_sendsOnce_andSaysWhatCameOfIt() {
        var service = hooks(Runnable::run);
        long id = service.save(Principal.LOCAL, hook(WebhookEvent.ADDED)).hook().id();

        assertThat(service.test(Principal.LOCAL, id)).isEqualTo("delivered");
        failuresLeft.set(1);
        assertThat(service.test(Principal.LOCAL, id)).isEqualTo("failed: HTTP 503");
        assertThat(sent).extracting(WebhookMessage::event).containsExactly(WebhookEvent.TEST);
        assertThat(pauses).isEmpty();
    }

    @Test
    void theMirror_tellsOfAddedFinishedAndFailedTorrents_butNotOfThoseThereAtStart() throws Exception {
        var old = rtorrent.put(TestTorrent.unique("there-before").metainfo(), true);
        var service = hooks(Runnable::run);
        service.save(Principal.LOCAL, hook(WebhookEvent.ADDED, WebhookEvent.FINISHED, WebhookEvent.FAILED));
        service.serve();
        try {
            await(() -> rtorrent.roundTrips() >= 2); // the first snapshot is in: it only sets what is known
            var fresh = TestTorrent.unique("fresh");
            rtorrent.put(fresh.metainfo(), true);
            await(() -> has(WebhookEvent.ADDED));
            rtorrent.torrent(fresh.hash()).complete(true);
            await(() -> has(WebhookEvent.FINISHED));
            old.message("Tracker: [Failure reason \"unregistered torrent\"]");
            await(() -> has(WebhookEvent.FAILED));

            var failing = TestTorrent.unique("failing-at-once");
            rtorrent.put(failing.metainfo(), true).message("Tracker: [Connection refused]");
            await(() -> count(WebhookEvent.FAILED) == 2);

            synchronized (sender) {
                assertThat(sent)
                        .extracting(WebhookMessage::event)
                        .containsExactly(
                                WebhookEvent.ADDED,
                                WebhookEvent.FINISHED,
                                WebhookEvent.FAILED,
                                WebhookEvent.ADDED,
                                WebhookEvent.FAILED);
                assertThat(sent.get(4).hash()).contains(failing.hash());
                assertThat(sent.get(0).hash()).contains(fresh.hash());
                assertThat(sent.get(2).detail()).contains("unregistered torrent");
            }
        } finally {
            service.stop();
        }
    }

    private long count(WebhookEvent event) {
        synchronized (sender) {
            return sent.stream().filter(m -> m.event() == event).count();
        }
    }

    private boolean has(WebhookEvent event) {
        synchronized (sender) {
            return sent.stream().anyMatch(m -> m.event() == event);
        }
    }

    private static void await(java.util.function.BooleanSupplier done) {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!done.getAsBoolean()) {
            assertThat(System.nanoTime()).as("within 10 s").isLessThan(deadline);
            java.util.concurrent.locks.LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(10));
        }
    }
}
