package io.pyrotorrent.domain.rates;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.rates.RateSample;
import io.pyrotorrent.domain.model.request.ClientQuery;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.domain.service.Targets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Feeds {@link RateHistory}: each {@link #tick} (every {@link RateHistory#period()}), while somebody
 * looked at a graph in the last {@link #IDLE_AFTER}, asks each target in ONE request for its
 * global rates and the rates of its started torrents. With the target's mirror (the default) both
 * are answered from the mirror's last poll, so the graph costs rTorrent nothing of its own and no
 * per-torrent call; without it, that is one light round trip per tick.
 *
 * <p>Torrents kept: those moving (a rate above 0) and those whose details are open ({@link
 * #watchTorrent}); an idle torrent nobody looks at leaves the history after the window.
 */
public final class RateSampler {

    /** How long after the last look the graphs keep being sampled: a tab's poll comes every 2 s. */
    public static final Duration IDLE_AFTER = Duration.ofSeconds(30);

    static final ViewName STARTED = ViewName.of("started");

    private final Targets targets;
    private final RateHistory history;
    private final Clock clock;
    private final Executor executor;
    private final Map<TargetName, AtomicBoolean> busy = new ConcurrentHashMap<>();
    private final Map<TorrentKey, Instant> openDetails = new ConcurrentHashMap<>();
    private volatile Instant lastLook = Instant.EPOCH;

    private record TorrentKey(TargetName target, InfoHash hash) {}

    public RateSampler(Targets targets, RateHistory history, Clock clock, Executor executor) {
        this.targets = Objects.requireNonNull(targets, "targets");
        this.history = Objects.requireNonNull(history, "history");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.executor = Objects.requireNonNull(executor, "executor");
    }

    /** Somebody looks at a graph: keep sampling for {@link #IDLE_AFTER}. */
    public void looked() {
        lastLook = clock.instant();
    }

    /** This torrent's details are open: keep its rates even while it is idle. */
    public void watchTorrent(TargetName target, InfoHash hash) {
        looked();
        if (openDetails.size() < 1000) { // a bound against a caller naming hashes in a loop
            openDetails.put(new TorrentKey(target, hash), clock.instant());
        }
    }

    /** One sampling: each target on the executor, a target still busy with the last one skipped. */
    public void tick() {
        Instant now = clock.instant();
        openDetails.values().removeIf(at -> at.plus(IDLE_AFTER).isBefore(now));
        if (lastLook.plus(IDLE_AFTER).isBefore(now)) {
            return;
        }
        history.forgetIdle(now);
        for (TargetName target : targets.names()) {
            AtomicBoolean running = busy.computeIfAbsent(target, t -> new AtomicBoolean());
            if (running.compareAndSet(false, true)) {
                executor.execute(() -> {
                    try {
                        sample(target, now);
                    } finally {
                        running.set(false);
                    }
                });
            }
        }
    }

    private void sample(TargetName target, Instant now) {
        var client = targets.client(target).orElseThrow();
        var request = Request.builder();
        var global = request.add(ClientQuery.of(ClientFields.DOWN_RATE, ClientFields.UP_RATE));
        var started = request.add(
                TorrentListQuery.of(STARTED, TorrentFields.HASH, TorrentFields.DOWN_RATE, TorrentFields.UP_RATE));
        try {
            var answer = client.send(request.build());
            Row rates = answer.get(global);
            history.record(
                    target, new RateSample(now, rates.get(ClientFields.DOWN_RATE), rates.get(ClientFields.UP_RATE)));
            torrents(target, answer.get(started), now);
        } catch (TorrentClientException e) {
            // A failing target leaves a gap in its graph; its page says why.
        }
    }

    private void torrents(TargetName target, List<Row> rows, Instant now) {
        var seen = new HashSet<InfoHash>();
        for (Row row : rows) {
            InfoHash hash = row.get(TorrentFields.HASH);
            long down = row.get(TorrentFields.DOWN_RATE);
            long up = row.get(TorrentFields.UP_RATE);
            seen.add(hash);
            // A torrent that just stopped moving gets one zero, so its graph ends on the ground.
            boolean moving = down > 0 || up > 0;
            if (moving || history.moving(target, hash) || openDetails.containsKey(new TorrentKey(target, hash))) {
                history.recordTorrent(target, hash, new RateSample(now, down, up));
            }
        }
        // An open torrent that is not started does not move: its graph goes on at zero.
        openDetails.keySet().stream()
                .filter(k -> k.target().equals(target) && !seen.contains(k.hash()))
                .forEach(k -> history.recordTorrent(target, k.hash(), new RateSample(now, 0, 0)));
    }
}
