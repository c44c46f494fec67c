package io.pyrotorrent.domain.model.request;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.field.Columns;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.Scope;
import java.util.List;
import java.util.Objects;

/** Chosen fields of one torrent; an unknown hash fails this step only. */
public record TorrentQuery(InfoHash hash, Columns columns) implements Query<Row> {

    public TorrentQuery {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(columns, "columns").requireScope(Scope.TORRENT, "TorrentQuery");
    }

    public static TorrentQuery of(InfoHash hash, List<? extends Field<?>> fields) {
        return new TorrentQuery(hash, Columns.of(fields));
    }

    public static TorrentQuery of(InfoHash hash, Field<?>... fields) {
        return of(hash, List.of(fields));
    }
}
