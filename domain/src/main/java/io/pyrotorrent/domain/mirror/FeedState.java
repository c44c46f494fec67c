package io.pyrotorrent.domain.mirror;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.field.Columns;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.listing.TorrentState;
import io.pyrotorrent.domain.model.watch.TorrentEvent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * What a {@link MirrorFeed} remembers between publications: which torrents are in its view (a
 * changed flag moves a torrent in or out of a derived view), the last view it turned into events,
 * and the client row it last told. Guarded by the feed's lock.
 */
final class FeedState {

    private final Columns columns;
    private final List<Consumer<TorrentEvent>> needFull = new ArrayList<>();
    private Set<InfoHash> members;
    private MirrorView last;
    /**
     * The last full snapshot made, and the view it was made of: every publication is a new view,
     * and members change only with one, so the view's identity says whether it still holds.
     */
    private TorrentEvent.Full lastFull;

    private MirrorView lastFullOf;
    private Row lastClient;

    FeedState(Columns columns) {
        this.columns = columns;
    }

    boolean knows() {
        return members != null;
    }

    void members(MirrorView view, Predicate<Row> inView) {
        members = new LinkedHashSet<>();
        view.rows().forEach((hash, row) -> {
            if (inView.test(row)) {
                members.add(hash);
            }
        });
        last = view;
    }

    /**
     * The view's members, whole, as of the last view this state turned into events. Listeners
     * that arrive between two publications share one: twenty API streams opened at once on 20,000
     * torrents each made their own copy of every row, and together ran a 112 MB heap out.
     */
    TorrentEvent.Full full(Columns client) {
        if (lastFull != null && lastFullOf == last) {
            return lastFull;
        }
        var rows = new ArrayList<Row>(members.size());
        for (InfoHash hash : members) {
            rows.add(last.rows().get(hash).select(columns));
        }
        lastClient = last.client().orElseThrow().select(client);
        lastFull = new TorrentEvent.Full(rows, lastClient);
        lastFullOf = last;
        return lastFull;
    }

    /** True when this failure is news (the first since the last success): then everyone hears it. */
    boolean fail() {
        boolean news = members != null || last == null;
        members = null;
        needFull.clear();
        return news;
    }

    void fullFor(Consumer<TorrentEvent> listener) {
        needFull.add(listener);
    }

    void forget(Consumer<TorrentEvent> listener) {
        needFull.remove(listener);
    }

    List<Consumer<TorrentEvent>> waitingForFull() {
        return List.copyOf(needFull);
    }

    void fullsSent() {
        needFull.clear();
    }

    /** The delta, seen through the view and the watched fields; empty when the watchers see no change. */
    Optional<TorrentEvent.Changes> changes(MirrorDelta delta, MirrorView view, Predicate<Row> inView, Columns client) {
        last = view;
        var added = new ArrayList<Row>();
        var removed = new ArrayList<InfoHash>();
        var changed = new LinkedHashMap<InfoHash, Map<Field<?>, Object>>();
        for (Row row : delta.added()) {
            if (inView.test(row) && members.add(row.get(TorrentFields.HASH))) {
                added.add(row.select(columns));
            }
        }
        for (InfoHash hash : delta.removed()) {
            if (members.remove(hash)) {
                removed.add(hash);
            }
        }
        for (MirrorDelta.Changed c : delta.changed()) {
            InfoHash hash = c.row().get(TorrentFields.HASH);
            boolean in = inView.test(c.row());
            boolean was = members.contains(hash);
            if (in && !was) {
                members.add(hash);
                added.add(c.row().select(columns));
            } else if (!in && was) {
                members.remove(hash);
                removed.add(hash);
            } else if (in) {
                var values = changedValues(c);
                if (!values.isEmpty()) {
                    changed.put(hash, values);
                }
            }
        }
        Row clientNow = view.client().orElseThrow().select(client);
        boolean clientMoved = !clientNow.equals(lastClient);
        lastClient = clientNow;
        if (added.isEmpty() && removed.isEmpty() && changed.isEmpty() && !clientMoved) {
            return Optional.empty();
        }
        return Optional.of(new TorrentEvent.Changes(changed, added, removed, clientNow));
    }

    /** The watched fields that changed; with every watched state field when one moved (see Changes). */
    private Map<Field<?>, Object> changedValues(MirrorDelta.Changed c) {
        var values = new LinkedHashMap<Field<?>, Object>();
        for (Field<?> field : columns.fields()) {
            if (c.fields().contains(field)) {
                values.put(field, c.row().get(field));
            }
        }
        if (values.keySet().stream().anyMatch(TorrentState.FIELDS::contains)) {
            for (Field<?> field : TorrentState.FIELDS) {
                if (columns.fields().contains(field)) {
                    values.put(field, c.row().get(field));
                }
            }
        }
        values.values().removeIf(Objects::isNull);
        return values;
    }
}
