package io.pyrotorrent.domain.model.request;

import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.Columns;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.Scope;
import java.util.List;
import java.util.Objects;

/** Chosen fields of every torrent in a view, in view order (rTorrent's d.multicall2). */
public record TorrentListQuery(ViewName view, Columns columns) implements Query<List<Row>> {

    public TorrentListQuery {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(columns, "columns").requireScope(Scope.TORRENT, "TorrentListQuery");
    }

    public static TorrentListQuery of(ViewName view, List<? extends Field<?>> fields) {
        return new TorrentListQuery(view, Columns.of(fields));
    }

    public static TorrentListQuery of(ViewName view, Field<?>... fields) {
        return of(view, List.of(fields));
    }
}
