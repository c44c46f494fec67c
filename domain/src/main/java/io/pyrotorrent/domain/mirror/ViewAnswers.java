package io.pyrotorrent.domain.mirror;

import io.pyrotorrent.domain.model.InfoHash;
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
 * times at once). Concurrent readers of the same answer wait for the first to finish it. Held
 * only for the newest view, and only up to {@link #MAX_CELLS} values, so a caller asking for
 * many different column sets cannot make it grow: past the bound an answer is computed and not
 * kept.
 */
final class ViewAnswers {

    /** About 10 MB of references and row headers: five answers of 20 columns at 20,000 rows. */
    static final long MAX_CELLS = 2_000_000;

    /** Keyed by the rows' identity: a poll that changed nothing publishes a new view of the same rows. */
    private record Held(
            Map<InfoHash, Row> rows,
            long version,
            Map<TorrentListQuery, Outcome<List<Row>>> answers,
            AtomicLong cells) {}

    private final AtomicReference<Held> held = new AtomicReference<>();

    /** The answer of {@code query} on {@code view}, shared while its rows are the newest asked. */
    Outcome<List<Row>> answer(TorrentListQuery query, MirrorView view) {
        Held current = held.get();
        if (current == null || current.rows() != view.rows()) {
            if (current != null && current.version() > view.version()) {
                // An older view than the one held (a reader that took its view before a poll):
                // answer it, but keep the newer one's answers.
                return compute(query, view);
            }
            var fresh = new Held(view.rows(), view.version(), new ConcurrentHashMap<>(), new AtomicLong());
            current = held.compareAndSet(current, fresh) ? fresh : held.get();
            if (current == null || current.rows() != view.rows()) {
                return compute(query, view);
            }
        }
        long cells = (long) view.rows().size() * query.columns().fields().size();
        Outcome<List<Row>> known = current.answers().get(query);
        if (known != null) {
            return known;
        }
        if (current.cells().get() + cells > MAX_CELLS) {
            return compute(query, view);
        }
        Held kept = current;
        return current.answers().computeIfAbsent(query, q -> {
            kept.cells().addAndGet(cells);
            return compute(q, view);
        });
    }

    @SuppressWarnings("unchecked")
    private static Outcome<List<Row>> compute(TorrentListQuery query, MirrorView view) {
        return (Outcome<List<Row>>) MirrorAnswers.answer(query, view);
    }
}
