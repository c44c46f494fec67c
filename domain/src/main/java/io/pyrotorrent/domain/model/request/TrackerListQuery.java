package io.pyrotorrent.domain.model.request;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.field.Columns;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.Scope;
import java.util.List;
import java.util.Objects;

/** Chosen fields of every tracker of one torrent, in tracker order. */
public record TrackerListQuery(InfoHash hash, Columns columns) implements Query<List<Row>> {

    public TrackerListQuery {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(columns, "columns").requireScope(Scope.TRACKER, "TrackerListQuery");
    }

    public static TrackerListQuery of(InfoHash hash, List<? extends Field<?>> fields) {
        return new TrackerListQuery(hash, Columns.of(fields));
    }

    public static TrackerListQuery of(InfoHash hash, Field<?>... fields) {
        return of(hash, List.of(fields));
    }
}
