package io.pyrotorrent.domain.rates;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.rates.RateSample;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The recent rates of each target and of a bounded set of torrents, in memory only: a graph of the
 * last minutes is worth nothing after a restart, and a database write every 2 s is not free.
 *
 * <p>Bounds: one ring of {@code window / period} samples (plus slack for late ticks) per target;
 * at most {@code maxTorrents} torrent rings, the least recently recorded dropped first, and a ring
 * whose newest sample has left the window dropped by {@link #forgetIdle}. So memory stays under
 * about 7 KiB per ring whatever the number of torrents.
 */
public final class RateHistory {

    private final Duration window;
    private final Duration period;
    private final int capacity;
    private final int maxTorrents;
    private final Map<TargetName, RateRing> targets = new HashMap<>();
    /** Access order: the least recently recorded torrent is the first to go when full. */
    private final LinkedHashMap<TorrentKey, RateRing> torrents = new LinkedHashMap<>(16, 0.75f, true);

    private record TorrentKey(TargetName target, InfoHash hash) {}

    public RateHistory(Duration window, Duration period, int maxTorrents) {
        this.window = Objects.requireNonNull(window, "window");
        this.period = Objects.requireNonNull(period, "period");
        if (period.isZero() || period.isNegative() || window.compareTo(period) < 0) {
            throw new IllegalArgumentException("a window of " + window + " holds no samples " + period + " apart");
        }
        if (maxTorrents < 0) {
            throw new IllegalArgumentException("maxTorrents is at least 0, not " + maxTorrents);
        }
        // A quarter of slack: ticks run late under load, and a late ring must still cover the window.
        long samples = window.toMillis() / period.toMillis();
        this.capacity = (int) Math.min(Integer.MAX_VALUE, samples + samples / 4 + 1);
        this.maxTorrents = maxTorrents;
    }

    /** Ten minutes, a sample every 2 s, at most 200 torrents: the UI's graph. */
    public static RateHistory tenMinutes() {
        return new RateHistory(Duration.ofMinutes(10), Duration.ofSeconds(2), 200);
    }

    public Duration window() {
        return window;
    }

    public Duration period() {
        return period;
    }

    public synchronized void record(TargetName target, RateSample sample) {
        targets.computeIfAbsent(target, t -> new RateRing(capacity)).add(sample);
    }

    /** Records a torrent's sample; beyond {@code maxTorrents} rings, the least recently recorded goes. */
    public synchronized void recordTorrent(TargetName target, InfoHash hash, RateSample sample) {
        torrents.computeIfAbsent(new TorrentKey(target, hash), k -> new RateRing(capacity))
                .add(sample);
        Iterator<RateRing> eldest = torrents.values().iterator();
        while (torrents.size() > maxTorrents && eldest.hasNext()) {
            eldest.next();
            eldest.remove();
        }
    }

    /** Drops the torrent rings with no sample in the window that ends at {@code now}: once per sampling. */
    public synchronized void forgetIdle(Instant now) {
        Instant from = now.minus(window);
        torrents.values().removeIf(ring -> ring.newest().isBefore(from));
    }

    /** The target's samples in the window that ends at {@code now}, oldest first. */
    public synchronized List<RateSample> target(TargetName target, Instant now) {
        RateRing ring = targets.get(target);
        return ring == null ? List.of() : ring.since(now.minus(window));
    }

    /** The torrent's samples in the window that ends at {@code now}; empty when none is kept. */
    public synchronized List<RateSample> torrent(TargetName target, InfoHash hash, Instant now) {
        RateRing ring = torrents.get(new TorrentKey(target, hash));
        return ring == null ? List.of() : ring.since(now.minus(window));
    }

    /** True when this torrent's newest sample shows it moving. */
    public synchronized boolean moving(TargetName target, InfoHash hash) {
        RateRing ring = torrents.get(new TorrentKey(target, hash));
        return ring != null && ring.newestMoving();
    }

    /** How many torrents have a ring now (for tests and metrics). */
    public synchronized int torrentsKept() {
        return torrents.size();
    }
}
