package io.pyrotorrent.it.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Clients that each hold one server-sent event stream open (one connection each, like a script
 * watching the API) while the pollers run, and count what arrives. Non-blocking line subscribers,
 * so no thread waits on a stream and closing cancels each one at once. A stream that is refused,
 * ends before it is closed here, or reports {@code event: failed} is an error.
 */
final class EventStreamClients implements AutoCloseable {

    private final List<Stream> streams = new ArrayList<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();
    private final Samples firstEvent = new Samples();
    private final AtomicLong events = new AtomicLong();
    private final AtomicLong heartbeats = new AtomicLong();
    private volatile boolean closing;

    /** Opens {@code count} streams on {@code url} and waits (bounded) until each has its first event. */
    static EventStreamClients open(String url, int count, Duration firstEventWithin) throws Exception {
        var clients = new EventStreamClients();
        for (int i = 0; i < count; i++) {
            clients.streams.add(clients.new Stream(url));
        }
        long deadline = System.nanoTime() + firstEventWithin.toNanos();
        for (Stream stream : clients.streams) {
            long left = deadline - System.nanoTime();
            if (!stream.first.await(Math.max(0, left), TimeUnit.NANOSECONDS)) {
                clients.errors.add("no first event within " + firstEventWithin.toSeconds() + " s");
            }
        }
        return clients;
    }

    List<String> errors() {
        return errors;
    }

    String summary() {
        return String.format(
                java.util.Locale.ROOT,
                "%d streams, %,d events (%,d keep-alives); first event p50 %.0f /" + " max %.0f ms",
                streams.size(),
                events.get(),
                heartbeats.get(),
                firstEvent.median(),
                firstEvent.max());
    }

    @Override
    public void close() {
        closing = true;
        streams.forEach(Stream::cancel);
    }

    private final class Stream implements Flow.Subscriber<String> {
        private final java.util.concurrent.CountDownLatch first = new java.util.concurrent.CountDownLatch(1);
        private final long started = System.nanoTime();
        private volatile Flow.Subscription subscription;
        private final CompletableFuture<HttpResponse<Void>> response;

        Stream(String url) {
            HttpClient client = HttpClient.newBuilder()
                    .version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5))
                    .build();
            response = client.sendAsync(
                    HttpRequest.newBuilder(URI.create(url))
                            .header("Accept", "text/event-stream")
                            .build(),
                    HttpResponse.BodyHandlers.fromLineSubscriber(this));
            response.whenComplete((reply, failure) -> {
                if (failure != null && !closing) {
                    errors.add("event stream: " + failure);
                } else if (reply != null && reply.statusCode() != 200) {
                    errors.add("event stream -> HTTP " + reply.statusCode());
                }
            });
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            this.subscription = subscription;
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            if (line.startsWith("event:")) {
                events.incrementAndGet();
                if (first.getCount() > 0) {
                    firstEvent.add((System.nanoTime() - started) / 1e6);
                    first.countDown();
                }
                if (line.contains("failed")) {
                    errors.add("event stream: " + line);
                }
            } else if (line.startsWith(":")) {
                heartbeats.incrementAndGet();
            }
        }

        @Override
        public void onError(Throwable error) {
            if (!closing) {
                errors.add("event stream broke: " + error);
            }
        }

        @Override
        public void onComplete() {
            if (!closing) {
                errors.add("event stream ended before the run did");
            }
        }

        void cancel() {
            Flow.Subscription current = subscription;
            if (current != null) {
                current.cancel();
            }
            response.cancel(true);
        }
    }
}
