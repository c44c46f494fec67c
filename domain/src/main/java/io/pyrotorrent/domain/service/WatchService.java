package io.pyrotorrent.domain.service;

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

/**
 * One poll per interval per watched (target, view, fields), however many listen: listeners of
 * the same question share its poll, and the poll stops when the last one leaves.
 */
public final class WatchService implements WatchTorrents {

    private record Key(TargetName target, ViewName view, List<Field<?>> fields) {}

    private final Access access;
    private final ScheduledExecutorService scheduler;
    private final Duration interval;
    private final Map<Key, WatchPoll> polls = new HashMap<>();

    public WatchService(Targets targets, ScheduledExecutorService scheduler, Duration interval) {
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
        WatchPoll poll;
        synchronized (polls) {
            poll = polls.computeIfAbsent(key, k -> WatchPoll.start(client, k.view(), k.fields(), scheduler, interval));
            poll.add(listener);
        }
        return () -> {
            synchronized (polls) {
                if (poll.remove(listener)) {
                    polls.remove(key);
                }
            }
        };
    }

    /** How many polls run now: one per distinct watched question. */
    public int activePolls() {
        synchronized (polls) {
            return polls.size();
        }
    }
}
