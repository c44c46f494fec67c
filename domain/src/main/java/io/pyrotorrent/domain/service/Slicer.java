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
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
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
        var matching = view.stream().filter(matcher(listing));
        if (listing.sortBy().isPresent()) {
            Comparator<Row> order = comparator(listing.sortBy().get());
            matching = matching.sorted(listing.order() == SortOrder.DESCENDING ? order.reversed() : order);
        }
        return matching.toList();
    }

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
        var labels = new TreeMap<Label, Integer>(
                Comparator.comparing((Label l) -> l.value().toLowerCase(Locale.ROOT))
                        .thenComparing(Label::value));
        var directories = new HashMap<String, Integer>();
        var trackers = new TreeMap<TrackerDomain, Integer>(Comparator.comparing(TrackerDomain::value));
        for (Row row : view) {
            for (StatusFilter filter : StatusFilter.values()) {
                if (filter.matches(row)) {
                    statuses.merge(filter, 1, Integer::sum);
                }
            }
            labels.merge(row.get(TorrentFields.LABEL), 1, Integer::sum);
            DownloadDirectories.of(row).ifPresent(dir -> directories.merge(dir, 1, Integer::sum));
            for (TrackerDomain domain : TrackerDomain.ofUrls(row.get(TorrentFields.TRACKER_URLS))) {
                trackers.merge(domain, 1, Integer::sum);
            }
        }
        return new Facets(statuses, labels, DownloadDirectories.mostUsedFirst(directories), trackers);
    }

    /** Natural order of each kind; names compare without case, then by hash for a stable order. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static Comparator<Row> comparator(Field<?> field) {
        Comparator<Row> primary = switch (field.kind()) {
            case TEXT -> Comparator.comparing(row -> ((String) row.get(field)).toLowerCase(Locale.ROOT));
            case LABEL ->
                Comparator.comparing(row -> ((Label) row.get(field)).value().toLowerCase(Locale.ROOT));
            case TIME -> Comparator.comparing(row -> ((Optional<Instant>) row.get(field)).orElse(Instant.EPOCH));
            case HASH -> Comparator.comparing(row -> row.get(TorrentFields.HASH).hex());
            default -> Comparator.comparing(row -> (Comparable) row.get(field));
        };
        return primary.thenComparing(row -> row.get(TorrentFields.HASH).hex());
    }
}
