package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.listing.Facets;
import io.pyrotorrent.domain.model.listing.Listing;
import io.pyrotorrent.domain.model.listing.Slice;
import io.pyrotorrent.domain.model.listing.TorrentState;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Slices of a list the mirror shares between readers, each filter and sort worked out once per
 * list. The mirror hands every reader between two polls the same list object, so its identity
 * says "nothing changed": a hundred readers of one view cost one filter, one sort and one count,
 * and each then only cuts its page. Concurrent readers of the same listing wait for the first.
 * A list read live is new each time and simply replaces the one held.
 *
 * <p>Bounded in what it holds, not only in how many: one list per target, view and set of
 * fields, at most {@link #MAX_LISTINGS} listings per list (past that, worked out and not kept).
 * A held list is a projection of every torrent (at 20,000 torrents and 30 fields, about 3 MB),
 * and it would stay until its key is read again: tabs closed on other views, or API calls with
 * other field sets, would each leave one of an old poll behind, 64 of them filling a small heap.
 * So a list nobody read for {@link #UNREAD_FOR} is let go, and past {@link #MAX_CELLS} values
 * (or {@link #MAX_SOURCES} lists) the least recently read go first.
 */
final class SliceMemo {

    static final int MAX_LISTINGS = 32;
    static final int MAX_SOURCES = 64;
    /** About 16 MB of rows at most: five lists of 30 fields at 20,000 torrents. */
    static final long MAX_CELLS = 3_000_000;
    /** Longer than any poll period: a list read at all is read more often than this. */
    static final Duration UNREAD_FOR = Duration.ofSeconds(30);

    private record Key(TargetName target, ViewName view, List<Field<?>> fields) {}

    /** What one list's readers share. */
    private static final class Source {
        final List<Row> rows;
        final long cells;
        final Map<Listing, Once<List<Row>>> matching = new ConcurrentHashMap<>();
        final Once<Map<TorrentState, Integer>> counts;
        final Once<Facets> facets;
        volatile long lastRead;

        Source(List<Row> rows, int fields, long now) {
            this.rows = rows;
            this.cells = (long) rows.size() * Math.max(1, fields);
            this.lastRead = now;
            this.counts = new Once<>(() -> Slicer.stateCounts(rows));
            this.facets = new Once<>(() -> Slicer.facets(rows));
        }
    }

    private final Map<Key, Source> sources = new ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.LongAdder workedOut = new java.util.concurrent.atomic.LongAdder();
    private final LongSupplier nanoTime;
    private final long maxCells;

    SliceMemo() {
        this(System::nanoTime, MAX_CELLS);
    }

    /** With another clock and bound, for tests. */
    SliceMemo(LongSupplier nanoTime, long maxCells) {
        this.nanoTime = nanoTime;
        this.maxCells = maxCells;
    }

    Slice slice(TargetName target, List<Row> rows, Listing listing) {
        Source source = source(new Key(target, listing.view(), listing.fieldsToFetch()), rows, true);
        List<Row> all = matching(source, rows, listing);
        return Slicer.page(all, listing, source.counts.get(), listing.facets() ? source.facets.get() : Facets.NONE);
    }

    /**
     * Works out what {@link #slice} would for {@code listing} on a new list, ahead of its readers,
     * without counting as a read: a list nobody reads is still let go after {@link #UNREAD_FOR}.
     */
    void warm(TargetName target, List<Row> rows, Listing listing) {
        Source source = source(new Key(target, listing.view(), listing.fieldsToFetch()), rows, false);
        matching(source, rows, listing);
        source.counts.get();
        if (listing.facets()) {
            source.facets.get();
        }
    }

    /**
     * The listings read from the target's lists in the last {@link #UNREAD_FOR}, each on its first
     * page and with facets when its readers asked for them: what {@link #warm} works out on the
     * next list.
     */
    List<Listing> recent(TargetName target) {
        long now = nanoTime.getAsLong();
        var recent = new ArrayList<Listing>();
        sources.forEach((key, source) -> {
            if (key.target().equals(target) && now - source.lastRead <= UNREAD_FOR.toNanos()) {
                boolean facets = source.facets.done();
                source.matching.keySet().forEach(listing -> recent.add(listing.withFacets(facets)));
            }
        });
        return recent;
    }

    private List<Row> matching(Source source, List<Row> rows, Listing listing) {
        // Paging and facets do not change which rows match or their order.
        Listing key = listing.withPage(0, 1).withFacets(false);
        Once<List<Row>> once = source.matching.get(key);
        if (once == null && source.matching.size() < MAX_LISTINGS) {
            once = source.matching.computeIfAbsent(key, k -> new Once<>(() -> workOut(rows, listing)));
        }
        return once != null ? once.get() : workOut(rows, listing);
    }

    private List<Row> workOut(List<Row> rows, Listing listing) {
        workedOut.increment();
        return Slicer.matching(rows, listing);
    }

    /** How many times a listing's matching rows were worked out (filtered and sorted), for tests. */
    long workedOut() {
        return workedOut.sum();
    }

    /** {@code read}: a reader's (moves the list's last read), not a warm-up's. */
    private Source source(Key key, List<Row> rows, boolean read) {
        long now = nanoTime.getAsLong();
        Source held = sources.get(key);
        if (held != null && held.rows == rows) {
            if (read) {
                held.lastRead = now;
            }
            return held;
        }
        long lastRead = read || held == null ? now : held.lastRead;
        Source made = sources.compute(
                key,
                (k, was) -> was != null && was.rows == rows
                        ? was
                        : new Source(rows, k.fields().size(), lastRead));
        if (read) {
            made.lastRead = now;
        }
        if (made != held) {
            letGo(key, now);
        }
        return made;
    }

    /** Lists held: how many values (rows x fields) they hold in all. */
    long heldCells() {
        return sources.values().stream().mapToLong(s -> s.cells).sum();
    }

    int heldLists() {
        return sources.size();
    }

    /**
     * Drops the lists nobody read for {@link #UNREAD_FOR}, then the least recently read until
     * the rest fits the bounds; never the list just made for {@code keep}. A list dropped while a
     * reader uses it stays that reader's: the next reader simply works it out again.
     */
    private void letGo(Key keep, long now) {
        long unread = UNREAD_FOR.toNanos();
        sources.entrySet().removeIf(e -> !e.getKey().equals(keep) && now - e.getValue().lastRead > unread);
        if (heldCells() <= maxCells && sources.size() <= MAX_SOURCES) {
            return;
        }
        // Each list's last read is taken once: readers move it while this sorts, and a comparator
        // that reads it live could break the sort's contract.
        var oldestFirst = new ArrayList<Held>();
        sources.forEach((key, source) -> oldestFirst.add(new Held(key, source, source.lastRead)));
        oldestFirst.sort(Comparator.comparingLong(Held::lastRead));
        long cells = heldCells();
        int lists = sources.size();
        for (Held held : oldestFirst) {
            if (cells <= maxCells && lists <= MAX_SOURCES) {
                break;
            }
            if (!held.key().equals(keep) && sources.remove(held.key(), held.source())) {
                cells -= held.source().cells;
                lists--;
            }
        }
    }

    private record Held(Key key, Source source, long lastRead) {}

    /** A value worked out by the first caller; the others wait for it. */
    private static final class Once<T> {
        private Supplier<T> work;
        private T value;

        Once(Supplier<T> work) {
            this.work = work;
        }

        synchronized boolean done() {
            return work == null;
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
