package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.listing.DownloadDirectories;
import io.pyrotorrent.domain.model.listing.Facets;
import io.pyrotorrent.domain.model.listing.Listing;
import io.pyrotorrent.domain.model.listing.NameSearch;
import io.pyrotorrent.domain.model.listing.Slice;
import io.pyrotorrent.domain.model.listing.SortOrder;
import io.pyrotorrent.domain.model.listing.StatusFilter;
import io.pyrotorrent.domain.model.listing.TorrentState;
import io.pyrotorrent.domain.model.listing.TrackerDomain;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;

/** Filters, sorts, counts and pages a whole view's rows, in memory: linear in the view, one sort. */
final class Slicer {

    private Slicer() {}

    static Slice slice(List<Row> view, Listing listing) {
        return page(matching(view, listing), listing, stateCounts(view), listing.facets() ? facets(view) : Facets.NONE);
    }

    /** The listing's page of rows already matched and sorted. */
    static Slice page(List<Row> all, Listing listing, Map<TorrentState, Integer> counts, Facets facets) {
        int from = Math.min(listing.offset(), all.size());
        int to = Math.min(all.size(), from + listing.limit());
        return new Slice(all.size(), all.subList(from, to), counts, facets);
    }

    /** How many torrents of the whole view are in each state. */
    static Map<TorrentState, Integer> stateCounts(List<Row> view) {
        var counts = new EnumMap<TorrentState, Integer>(TorrentState.class);
        view.forEach(row -> counts.merge(TorrentState.of(row), 1, Integer::sum));
        return counts;
    }

    /** Every row the listing's filters match, in its sort order (the view's order without one). */
    static List<Row> matching(List<Row> view, Listing listing) {
        Predicate<Row> match = matcher(listing);
        if (listing.sortBy().isEmpty()) {
            return view.stream().filter(match).toList();
        }
        // Each row's sort key is worked out once, not in each of the ~15 comparisons a row takes
        // part in (lower-casing 20,000 names per comparison was most of a sort's time).
        Function<Row, Comparable<Object>> key = sortKey(listing.sortBy().get());
        var keyed = new ArrayList<Keyed>();
        for (Row row : view) {
            if (match.test(row)) {
                keyed.add(new Keyed(key.apply(row), row.get(TorrentFields.HASH).hex(), row));
            }
        }
        Comparator<Keyed> order =
                Comparator.<Keyed, Comparable<Object>>comparing(Keyed::key).thenComparing(Keyed::hash);
        keyed.sort(listing.order() == SortOrder.DESCENDING ? order.reversed() : order);
        var sorted = new ArrayList<Row>(keyed.size());
        keyed.forEach(k -> sorted.add(k.row()));
        return Collections.unmodifiableList(sorted);
    }

    private record Keyed(Comparable<Object> key, String hash, Row row) {}

    /** Every filter of the listing at once: name, label, status and tracker domain. */
    static Predicate<Row> matcher(Listing listing) {
        Predicate<String> name = listing.search().map(NameSearch::predicate).orElse(n -> true);
        Optional<Label> label = listing.label();
        StatusFilter status = listing.status();
        Optional<TrackerDomain> tracker = listing.tracker();
        return row -> (listing.search().isEmpty() || name.test(row.get(TorrentFields.NAME)))
                && (label.isEmpty() || row.get(TorrentFields.LABEL).equals(label.get()))
                && status.matches(row)
                && (tracker.isEmpty()
                        || TrackerDomain.ofUrls(row.get(TorrentFields.TRACKER_URLS))
                                .contains(tracker.get()));
    }

    /**
     * The sidebar's counts over the whole view: each status filter, each label and each tracker
     * domain, labels and domains by name;
     * and the download directories in use, for the add dialog's suggestions.
     */
    static Facets facets(List<Row> view) {
        var statuses = new EnumMap<StatusFilter, Integer>(StatusFilter.class);
        // Counted by hash, ordered once at the end: a case-blind TreeMap lower-cased two labels
        // in each of its comparisons, for every row.
        var labelCounts = new HashMap<Label, Integer>();
        var directories = new HashMap<String, Integer>();
        var trackers = new TreeMap<TrackerDomain, Integer>(Comparator.comparing(TrackerDomain::value));
        for (Row row : view) {
            for (StatusFilter filter : StatusFilter.values()) {
                if (filter.matches(row)) {
                    statuses.merge(filter, 1, Integer::sum);
                }
            }
            labelCounts.merge(row.get(TorrentFields.LABEL), 1, Integer::sum);
            DownloadDirectories.of(row).ifPresent(dir -> directories.merge(dir, 1, Integer::sum));
            for (TrackerDomain domain : TrackerDomain.ofUrls(row.get(TorrentFields.TRACKER_URLS))) {
                trackers.merge(domain, 1, Integer::sum);
            }
        }
        var labels = new TreeMap<Label, Integer>(
                Comparator.comparing((Label l) -> l.value().toLowerCase(Locale.ROOT))
                        .thenComparing(Label::value));
        labels.putAll(labelCounts);
        return new Facets(statuses, labels, DownloadDirectories.mostUsedFirst(directories), trackers);
    }

    /** Natural order of each kind; names compare without case, then by hash for a stable order. */
    static Comparator<Row> comparator(Field<?> field) {
        Function<Row, Comparable<Object>> key = sortKey(field);
        return Comparator.<Row, Comparable<Object>>comparing(key)
                .thenComparing(row -> row.get(TorrentFields.HASH).hex());
    }

    /** What a row sorts by on {@code field}: text without case, a missing time as the epoch. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static Function<Row, Comparable<Object>> sortKey(Field<?> field) {
        return switch (field.kind()) {
            case TEXT -> row -> (Comparable) ((String) row.get(field)).toLowerCase(Locale.ROOT);
            case LABEL -> row -> (Comparable) ((Label) row.get(field)).value().toLowerCase(Locale.ROOT);
            case TIME -> row -> (Comparable) ((Optional<Instant>) row.get(field)).orElse(Instant.EPOCH);
            case HASH -> row -> (Comparable) row.get(TorrentFields.HASH).hex();
            default -> row -> (Comparable) row.get(field);
        };
    }
}
