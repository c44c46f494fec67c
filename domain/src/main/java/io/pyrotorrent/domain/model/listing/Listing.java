package io.pyrotorrent.domain.model.listing;

import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Scope;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.field.ValueKind;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Which torrents of a view a page or API call shows: the fields, a sort, filters on name (a
 * substring, or a regular expression when {@code regex}), label, status and tracker domain, and one page of at most
 * {@link #MAX_LIMIT} rows, so 20,000 torrents never ship at once. rTorrent answers the whole view
 * in one call; filtering, sorting, counting and paging happen here.
 */
public record Listing(
        ViewName view,
        List<Field<?>> fields,
        Optional<Field<?>> sortBy,
        SortOrder order,
        Optional<String> nameContains,
        Optional<Label> label,
        int offset,
        int limit,
        StatusFilter status,
        boolean regex,
        boolean facets,
        Optional<TrackerDomain> tracker) {

    public static final int DEFAULT_LIMIT = 100;
    public static final int MAX_LIMIT = 1000;
    private static final Set<ValueKind> SORTABLE = Set.of(
            ValueKind.TEXT,
            ValueKind.NUMBER,
            ValueKind.FLAG,
            ValueKind.RATIO,
            ValueKind.TIME,
            ValueKind.HASH,
            ValueKind.LABEL,
            ValueKind.TORRENT_PRIORITY);

    public Listing {
        Objects.requireNonNull(view, "view");
        fields = List.copyOf(fields);
        Objects.requireNonNull(sortBy, "sortBy");
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(nameContains, "nameContains");
        Objects.requireNonNull(label, "label");
        if (fields.isEmpty() || fields.stream().anyMatch(f -> f.scope() != Scope.TORRENT)) {
            throw new IllegalArgumentException("a listing names one or more torrent fields");
        }
        sortBy.ifPresent(f -> {
            if (f.scope() != Scope.TORRENT || !SORTABLE.contains(f.kind())) {
                throw new IllegalArgumentException("cannot sort by " + f.name());
            }
        });
        if (offset < 0) {
            throw new IllegalArgumentException("offset is 0 or more, not " + offset);
        }
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit is 1 to " + MAX_LIMIT + ", not " + limit);
        }
        nameContains = nameContains.map(String::strip).filter(s -> !s.isEmpty());
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(tracker, "tracker");
        // Fields are assigned after this body, so check the parameter, not search().
        nameContains.ifPresent(text -> new NameSearch(text, regex));
    }

    /** A listing without a status filter and with a plain substring search, as before both existed. */
    public Listing(
            ViewName view,
            List<Field<?>> fields,
            Optional<Field<?>> sortBy,
            SortOrder order,
            Optional<String> nameContains,
            Optional<Label> label,
            int offset,
            int limit) {
        this(
                view,
                fields,
                sortBy,
                order,
                nameContains,
                label,
                offset,
                limit,
                StatusFilter.ALL,
                false,
                false,
                Optional.empty());
    }

    /** The name search, checked (a bad regular expression is refused when the listing is made). */
    public Optional<NameSearch> search() {
        return nameContains.map(text -> new NameSearch(text, regex));
    }

    /** Every torrent of a view with these fields, in view order, first page. */
    public static Listing of(ViewName view, List<Field<?>> fields) {
        return new Listing(
                view,
                fields,
                Optional.empty(),
                SortOrder.ASCENDING,
                Optional.empty(),
                Optional.empty(),
                0,
                DEFAULT_LIMIT,
                StatusFilter.ALL,
                false,
                false,
                Optional.empty());
    }

    public Listing withPage(int offset, int limit) {
        return new Listing(
                view, fields, sortBy, order, nameContains, label, offset, limit, status, regex, facets, tracker);
    }

    public Listing withSort(Field<?> field, SortOrder order) {
        return new Listing(
                view,
                fields,
                Optional.of(field),
                order,
                nameContains,
                label,
                offset,
                limit,
                status,
                regex,
                facets,
                tracker);
    }

    public Listing withFilters(Optional<String> nameContains, Optional<Label> label) {
        return new Listing(
                view, fields, sortBy, order, nameContains, label, offset, limit, status, regex, facets, tracker);
    }

    public Listing withStatus(StatusFilter status) {
        return new Listing(
                view, fields, sortBy, order, nameContains, label, offset, limit, status, regex, facets, tracker);
    }

    /**
     * With the sidebar's counts (every status filter, every label, the directories in use) over the
     * whole view. They cost rTorrent the label, state, message, rate, directory and tracker fields of every torrent, so only a page that shows
     * them asks; an API call that names its fields fetches those fields and no more.
     */
    public Listing withFacets(boolean facets) {
        return new Listing(
                view, fields, sortBy, order, nameContains, label, offset, limit, status, regex, facets, tracker);
    }

    /** Only torrents with a tracker in this domain (empty: any tracker). */
    public Listing withTracker(Optional<TrackerDomain> tracker) {
        return new Listing(
                view, fields, sortBy, order, nameContains, label, offset, limit, status, regex, facets, tracker);
    }

    /** The name filter read as a regular expression rather than a substring. */
    public Listing withRegex(boolean regex) {
        return new Listing(
                view, fields, sortBy, order, nameContains, label, offset, limit, status, regex, facets, tracker);
    }

    /**
     * The fields asked plus those the filters, the sort, the state and (when asked) the counts need,
     * each once.
     */
    public List<Field<?>> fieldsToFetch() {
        var all = new LinkedHashSet<Field<?>>(fields);
        all.add(TorrentFields.HASH);
        nameContains.ifPresent(n -> all.add(TorrentFields.NAME));
        if (label.isPresent() || facets) {
            all.add(TorrentFields.LABEL);
        }
        if (tracker.isPresent() || facets) {
            all.add(TorrentFields.TRACKER_URLS);
        }
        sortBy.ifPresent(all::add);
        all.addAll(TorrentState.FIELDS);
        if (status != StatusFilter.ALL || facets) {
            all.addAll(StatusFilter.FIELDS);
        }
        if (facets) {
            all.addAll(DownloadDirectories.FIELDS);
        }
        return List.copyOf(all);
    }
}
