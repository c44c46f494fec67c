package io.pyrotorrent.domain.mirror;

import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The list answers of the newest published view, each computed once and shared by every reader
 * of that view: a hundred tabs and scripts reading 20,000 rows between two polls cost one
 * projection, not a hundred (each one a few megabytes, which a 112 MB heap cannot hold a hundred
 * times at once). Concurrent readers of the same answer wait for the first to finish it. A reader
 * that took its view before a poll gets the newer view's answer: fresher, and shared (under load,
 * with requests taking longer than a poll, each such reader projected the old rows for itself).
 * Held only for the newest view, and only up to {@link #MAX_CELLS} values, so a caller asking for
 * many different column sets cannot make it grow: past the bound an answer is computed and not
 * kept.
 */
final class ViewAnswers {

    /** About 10 MB of references and row headers: five answers of 20 columns at 20,000 rows. */
    static final long MAX_CELLS = 2_000_000;

    /** A view's version changes exactly when its rows do, so it keys the answers. */
    private record Held(MirrorView view, Map<TorrentListQuery, Outcome<List<Row>>> answers, AtomicLong cells) {}

    private final AtomicReference<Held> held = new AtomicReference<>();

    /** The answer of {@code query} on {@code view}, or on a newer view a reader already asked about. */
    Outcome<List<Row>> answer(TorrentListQuery query, MirrorView view) {
        Held current = held.get();
        while (current == null || current.view().version() < view.version()) {
            var fresh = new Held(view, new ConcurrentHashMap<>(), new AtomicLong());
            if (held.compareAndSet(current, fresh)) {
                current = fresh;
            } else {
                current = held.get();
            }
        }
        MirrorView newest = current.view();
        long cells = (long) newest.rows().size() * query.columns().fields().size();
        Outcome<List<Row>> known = current.answers().get(query);
        if (known != null) {
            return known;
        }
        if (current.cells().get() + cells > MAX_CELLS) {
            return compute(query, newest);
        }
        Held kept = current;
        return current.answers().computeIfAbsent(query, q -> {
            kept.cells().addAndGet(cells);
            return compute(q, newest);
        });
    }

    @SuppressWarnings("unchecked")
    private static Outcome<List<Row>> compute(TorrentListQuery query, MirrorView view) {
        return (Outcome<List<Row>>) MirrorAnswers.answer(query, view);
    }
}
