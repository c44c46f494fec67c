package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.mirror.MirrorFeed;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.watch.TorrentEvent;
import io.pyrotorrent.domain.port.in.WatchTorrents;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * One source per watched (target, view, fields), however many listen. A target with a mirror
 * feeds every question it can answer from the mirror's deltas ({@link MirrorFeed}): no stream
 * asks rTorrent anything of its own, so ten streams with ten views cost what the mirror's polls
 * cost. Other questions (a view from an rtorrent.rc, a target without a mirror) are polled once
 * per interval, shared by their listeners; the poll stops when the last one leaves.
 */
public final class WatchService implements WatchTorrents {

    private record Key(TargetName target, ViewName view, List<Field<?>> fields) {}

    /** Where a key's events come from: the mirror's deltas or a poll of its own. */
    private record Source(Consumer<Consumer<TorrentEvent>> add, Predicate<Consumer<TorrentEvent>> removeLast) {}

    private final Targets targets;
    private final Access access;
    private final ScheduledExecutorService scheduler;
    private final Duration interval;
    private final Map<Key, Source> sources = new HashMap<>();

    public WatchService(Targets targets, ScheduledExecutorService scheduler, Duration interval) {
        this.targets = targets;
        this.access = new Access(targets);
        this.scheduler = scheduler;
        this.interval = interval;
    }

    @Override
    public Subscription watch(
            Principal caller,
            TargetName target,
            ViewName view,
            List<Field<?>> fields,
            Consumer<TorrentEvent> listener) {
        var client = access.client(caller, target);
        var withHash = new LinkedHashSet<Field<?>>();
        withHash.add(TorrentFields.HASH);
        withHash.addAll(fields);
        var key = new Key(target, view, List.copyOf(withHash));
        Source source;
        synchronized (sources) {
            source = sources.computeIfAbsent(
                    key,
                    k -> targets.mirror(target)
                            .flatMap(mirror -> MirrorFeed.of(mirror, k.view(), k.fields()))
                            .map(feed -> new Source(feed::add, feed::remove))
                            .orElseGet(() -> {
                                var poll = WatchPoll.start(client, k.view(), k.fields(), scheduler, interval);
                                return new Source(poll::add, poll::remove);
                            }));
            source.add().accept(listener);
        }
        return () -> {
            synchronized (sources) {
                if (source.removeLast().test(listener)) {
                    sources.remove(key, source);
                }
            }
        };
    }

    /** How many sources run now: one per distinct watched question. */
    public int activePolls() {
        synchronized (sources) {
            return sources.size();
        }
    }
}
