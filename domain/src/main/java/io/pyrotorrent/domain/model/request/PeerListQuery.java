package io.pyrotorrent.domain.model.request;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.field.Columns;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.Scope;
import java.util.List;
import java.util.Objects;

/** Chosen fields of every connected peer of one torrent. */
public record PeerListQuery(InfoHash hash, Columns columns) implements Query<List<Row>> {

    public PeerListQuery {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(columns, "columns").requireScope(Scope.PEER, "PeerListQuery");
    }

    public static PeerListQuery of(InfoHash hash, List<? extends Field<?>> fields) {
        return new PeerListQuery(hash, Columns.of(fields));
    }

    public static PeerListQuery of(InfoHash hash, Field<?>... fields) {
        return of(hash, List.of(fields));
    }
}
