package io.pyrotorrent.domain.model.request;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.field.Columns;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.Scope;
import java.util.List;
import java.util.Objects;

/** Chosen fields of every file of one torrent, in file-index order. */
public record FileListQuery(InfoHash hash, Columns columns) implements Query<List<Row>> {

    public FileListQuery {
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(columns, "columns").requireScope(Scope.FILE, "FileListQuery");
    }

    public static FileListQuery of(InfoHash hash, List<? extends Field<?>> fields) {
        return new FileListQuery(hash, Columns.of(fields));
    }

    public static FileListQuery of(InfoHash hash, Field<?>... fields) {
        return of(hash, List.of(fields));
    }
}
