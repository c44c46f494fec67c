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
 * Which torrents of a view a page or API call shows: the fields, a sort, filters on name and
 * label, and one page of at most {@link #MAX_LIMIT} rows, so 20,000 torrents never ship at once.
 * rTorrent answers the whole view in one call; filtering, sorting and paging happen here.
 */
public record Listing(
        ViewName view,
        List<Field<?>> fields,
        Optional<Field<?>> sortBy,
        SortOrder order,
        Optional<String> nameContains,
        Optional<Label> label,
        int offset,
        int limit) {

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
                DEFAULT_LIMIT);
    }

    public Listing withPage(int offset, int limit) {
        return new Listing(view, fields, sortBy, order, nameContains, label, offset, limit);
    }

    public Listing withSort(Field<?> field, SortOrder order) {
        return new Listing(view, fields, Optional.of(field), order, nameContains, label, offset, limit);
    }

    public Listing withFilters(Optional<String> nameContains, Optional<Label> label) {
        return new Listing(view, fields, sortBy, order, nameContains, label, offset, limit);
    }

    /** The fields asked plus those the filters, the sort and the state need, each once. */
    public List<Field<?>> fieldsToFetch() {
        var all = new LinkedHashSet<Field<?>>(fields);
        all.add(TorrentFields.HASH);
        nameContains.ifPresent(n -> all.add(TorrentFields.NAME));
        label.ifPresent(l -> all.add(TorrentFields.LABEL));
        sortBy.ifPresent(all::add);
        all.addAll(TorrentState.FIELDS);
        return List.copyOf(all);
    }
}
