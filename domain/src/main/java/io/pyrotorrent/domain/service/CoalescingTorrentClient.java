package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.Snapshot;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.LongSupplier;

/**
 * Makes 100 browsers watching one instance cost rTorrent about what one does: identical reads in
 * flight at the same moment share one call, and a read may be answered from one at most
 * {@code maxAge} old. Any request with a command clears what it may have changed (everything).
 */
public final class CoalescingTorrentClient implements TorrentClient {

    private static final int MAX_CACHED = 256;

    private record Cached(Snapshot snapshot, long atNanos, long generation) {}

    private final TorrentClient delegate;
    private final long maxAgeNanos;
    private final LongSupplier nanoTime;
    private final Map<Request, CompletableFuture<Snapshot>> inFlight = new ConcurrentHashMap<>();
    private final Map<Request, Cached> cache = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private final LongAdder hits = new LongAdder();

    public CoalescingTorrentClient(TorrentClient delegate, Duration maxAge) {
        this(delegate, maxAge, System::nanoTime);
    }

    CoalescingTorrentClient(TorrentClient delegate, Duration maxAge, LongSupplier nanoTime) {
        this.delegate = delegate;
        this.maxAgeNanos = maxAge.toNanos();
        this.nanoTime = nanoTime;
    }

    @Override
    public Snapshot send(Request request) {
        if (request.steps().stream().anyMatch(Command.class::isInstance)) {
            return command(request);
        }
        Cached cached = cache.get(request);
        if (cached != null
                && cached.generation() == generation.get()
                && nanoTime.getAsLong() - cached.atNanos() <= maxAgeNanos) {
            hits.increment();
            return cached.snapshot();
        }
        var mine = new CompletableFuture<Snapshot>();
        CompletableFuture<Snapshot> running = inFlight.putIfAbsent(request, mine);
        if (running != null) {
            hits.increment();
            return join(running);
        }
        long startedIn = generation.get();
        try {
            Snapshot snapshot = delegate.send(request);
            // A command that ran meanwhile may have changed what this read saw: do not keep it.
            if (startedIn == generation.get()) {
                if (cache.size() >= MAX_CACHED) {
                    cache.clear();
                }
                cache.put(request, new Cached(snapshot, nanoTime.getAsLong(), startedIn));
            }
            mine.complete(snapshot);
            return snapshot;
        } catch (RuntimeException e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            inFlight.remove(request, mine);
        }
    }

    /** Reads answered without a call of their own: joined in flight or served fresh enough. */
    public long hits() {
        return hits.sum();
    }

    private Snapshot command(Request request) {
        generation.incrementAndGet();
        cache.clear();
        try {
            return delegate.send(request);
        } finally {
            generation.incrementAndGet();
            cache.clear();
        }
    }

    private static Snapshot join(CompletableFuture<Snapshot> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    @Override
    public Optional<Snapshot> peek(Request request) {
        return delegate.peek(request);
    }

    @Override
    public Optional<String> rpc() {
        return delegate.rpc();
    }
}
