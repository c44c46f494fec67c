package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.listing.Facets;
import io.pyrotorrent.domain.model.listing.Listing;
import io.pyrotorrent.domain.model.listing.Slice;
import io.pyrotorrent.domain.model.listing.TorrentState;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Slices of a list the mirror shares between readers, each filter and sort worked out once per
 * list. The mirror hands every reader between two polls the same list object, so its identity
 * says "nothing changed": a hundred readers of one view cost one filter, one sort and one count,
 * and each then only cuts its page. Concurrent readers of the same listing wait for the first.
 * A list read live is new each time and simply replaces the one held. Bounded: one list per
 * target, view and set of fields, at most {@link #MAX_LISTINGS} listings per list (past that, worked out and not
 * kept), at most {@link #MAX_SOURCES} lists.
 */
final class SliceMemo {

    static final int MAX_LISTINGS = 32;
    static final int MAX_SOURCES = 64;

    private record Key(TargetName target, ViewName view, List<Field<?>> fields) {}

    /** What one list's readers share. */
    private static final class Source {
        final List<Row> rows;
        final Map<Listing, Once<List<Row>>> matching = new ConcurrentHashMap<>();
        final Once<Map<TorrentState, Integer>> counts;
        final Once<Facets> facets;

        Source(List<Row> rows) {
            this.rows = rows;
            this.counts = new Once<>(() -> Slicer.stateCounts(rows));
            this.facets = new Once<>(() -> Slicer.facets(rows));
        }
    }

    private final Map<Key, Source> sources = new ConcurrentHashMap<>();

    Slice slice(TargetName target, List<Row> rows, Listing listing) {
        Source source = source(new Key(target, listing.view(), listing.fieldsToFetch()), rows);
        // Paging and facets do not change which rows match or their order.
        Listing key = listing.withPage(0, 1).withFacets(false);
        Once<List<Row>> once = source.matching.get(key);
        if (once == null && source.matching.size() < MAX_LISTINGS) {
            once = source.matching.computeIfAbsent(key, k -> new Once<>(() -> Slicer.matching(rows, listing)));
        }
        List<Row> all = once != null ? once.get() : Slicer.matching(rows, listing);
        return Slicer.page(all, listing, source.counts.get(), listing.facets() ? source.facets.get() : Facets.NONE);
    }

    private Source source(Key key, List<Row> rows) {
        Source held = sources.get(key);
        if (held != null && held.rows == rows) {
            return held;
        }
        if (sources.size() >= MAX_SOURCES && held == null) {
            sources.clear();
        }
        return sources.compute(key, (k, now) -> now != null && now.rows == rows ? now : new Source(rows));
    }

    /** A value worked out by the first caller; the others wait for it. */
    private static final class Once<T> {
        private Supplier<T> work;
        private T value;

        Once(Supplier<T> work) {
            this.work = work;
        }

        synchronized T get() {
            if (work != null) {
                value = work.get();
                work = null;
            }
            return value;
        }
    }
}
