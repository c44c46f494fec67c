package io.pyrotorrent.domain.model.request;

import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.Columns;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.Scope;
import java.util.List;
import java.util.Objects;

/**
 * The torrents of a view that pass one of a few fixed filters, with these columns, in view order.
 * rTorrent picks them itself, so the answer holds only the torrents that pass: what the mirror
 * reads on every poll (the transferring ones) and with each membership read (those with a message).
 */
public record FilteredQuery(ViewName view, Filter filter, Columns columns) implements Step<List<Row>> {

    /** The filters there are; each is one constant predicate in the adapter, never built from a request. */
    public enum Filter {
        /**
         * Upload or download rate above zero: a seedbox of 20,000 started torrents of which 200
         * transfer answers 200 rows, not 20,000.
         */
        TRANSFERRING,
        /**
         * A message that is not empty (a tracker's error or warning): every torrent left out has an
         * empty one. Most torrents have none, so this costs rTorrent about 2 ms at 6,000 torrents
         * where every hash with its message costs it 40.
         */
        WITH_MESSAGE
    }

    public FilteredQuery {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(filter, "filter");
        columns.requireScope(Scope.TORRENT, "a filtered query");
    }

    public static FilteredQuery transferring(ViewName view, List<? extends Field<?>> fields) {
        return new FilteredQuery(view, Filter.TRANSFERRING, Columns.of(fields));
    }

    public static FilteredQuery withMessage(ViewName view, List<? extends Field<?>> fields) {
        return new FilteredQuery(view, Filter.WITH_MESSAGE, Columns.of(fields));
    }
}
