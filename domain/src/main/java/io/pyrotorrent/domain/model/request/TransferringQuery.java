package io.pyrotorrent.domain.model.request;

import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.Columns;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.Scope;
import java.util.List;
import java.util.Objects;

/**
 * The torrents of a view that move data now (upload or download rate above zero), with these
 * columns, in view order. rTorrent picks them itself, so a seedbox of 20,000 started torrents of
 * which 200 transfer answers 200 rows, not 20,000: what the mirror reads on every poll.
 */
public record TransferringQuery(ViewName view, Columns columns) implements Step<List<Row>> {

    public TransferringQuery {
        Objects.requireNonNull(view, "view");
        columns.requireScope(Scope.TORRENT, "a transferring query");
    }

    public static TransferringQuery of(ViewName view, List<? extends Field<?>> fields) {
        return new TransferringQuery(view, Columns.of(fields));
    }
}
