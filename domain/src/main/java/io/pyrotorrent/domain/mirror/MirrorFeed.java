package io.pyrotorrent.domain.mirror;

import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.field.Columns;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.watch.TorrentEvent;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * One watched question (a view, some fields) answered from a target's mirror instead of its own
 * poll: it follows the mirror's publications and turns each delta into the watchers' events, so
 * however many streams, views and fields are watched, rTorrent pays only for the mirror's polls.
 * Each listener hears a Full first (from the last published view, or the next poll's), then
 * Changes, and Failed while the target fails (then a Full again once it answers).
 */
public final class MirrorFeed {

    private static final Columns CLIENT = Columns.of(
            List.of(ClientFields.UP_RATE, ClientFields.DOWN_RATE, ClientFields.UP_LIMIT, ClientFields.DOWN_LIMIT));

    private final TargetMirror mirror;
    private final Predicate<Row> inView;
    private final Columns columns;
    private final List<Consumer<TorrentEvent>> listeners = new CopyOnWriteArrayList<>();
    private final FeedState state;
    private Lease following;

    private MirrorFeed(TargetMirror mirror, Predicate<Row> inView, Columns columns) {
        this.mirror = mirror;
        this.inView = inView;
        this.columns = columns;
        this.state = new FeedState(columns);
    }

    /**
     * A feed of {@code view} with {@code fields} (the hash first among them), or empty when the
     * mirror cannot answer that question (a view defined in an rtorrent.rc, a field it does not
     * hold): such a watch polls rTorrent itself.
     */
    public static Optional<MirrorFeed> of(TargetMirror mirror, ViewName view, List<Field<?>> fields) {
        if (!fields.contains(TorrentFields.HASH) || !mirror.fields().containsAll(fields)) {
            return Optional.empty();
        }
        return DerivedViews.of(view).map(filter -> new MirrorFeed(mirror, filter, Columns.of(fields)));
    }

    /** Adds a listener; the first one starts following the mirror. */
    public synchronized void add(Consumer<TorrentEvent> listener) {
        listeners.add(listener);
        if (following == null) {
            following = mirror.follow(this::published);
        }
        if (state.knows()) {
            tell(listener, state.full(CLIENT));
        } else {
            state.fullFor(listener);
            mirror.askPoll();
        }
    }

    /** Removes a listener; true when it was the last, and the feed stopped following the mirror. */
    public synchronized boolean remove(Consumer<TorrentEvent> listener) {
        listeners.remove(listener);
        state.forget(listener);
        if (listeners.isEmpty() && following != null) {
            following.close();
            following = null;
            return true;
        }
        return listeners.isEmpty();
    }

    private synchronized void published(MirrorDelta delta, MirrorView view) {
        if (view.fault().isPresent()) {
            if (state.fail()) {
                var failed = new TorrentEvent.Failed(view.fault().orElseThrow().failure());
                listeners.forEach(l -> tell(l, failed));
            }
            return;
        }
        if (view.client().isEmpty()) {
            return; // nothing read yet
        }
        if (!state.knows()) {
            if (view.stale()) {
                return; // a full read is due: its publication is the first snapshot
            }
            state.members(view, inView);
            TorrentEvent full = state.full(CLIENT);
            listeners.forEach(l -> tell(l, full));
            state.fullsSent();
            return;
        }
        // Known: every delta counts, stale view or not (a command's re-read, an add not read yet),
        // because each is exactly what changed since the last one.
        Optional<TorrentEvent.Changes> changes = state.changes(delta, view, inView, CLIENT);
        List<Consumer<TorrentEvent>> waiting = state.waitingForFull();
        TorrentEvent full = waiting.isEmpty() ? null : state.full(CLIENT);
        for (var listener : listeners) {
            if (waiting.contains(listener)) {
                tell(listener, full);
            } else {
                changes.ifPresent(c -> tell(listener, c));
            }
        }
        state.fullsSent();
    }

    /** A listener that throws is dropped: it must not stop the others. */
    private void tell(Consumer<TorrentEvent> listener, TorrentEvent event) {
        try {
            listener.accept(event);
        } catch (RuntimeException e) {
            listeners.remove(listener);
        }
    }
}
