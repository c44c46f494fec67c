package io.pyrotorrent.domain.model.request;

import io.pyrotorrent.domain.model.field.Columns;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.Scope;
import java.util.List;
import java.util.Objects;

/** Client-wide values (rates, limits, versions, ...). */
public record ClientQuery(Columns columns) implements Query<Row> {

    public ClientQuery {
        Objects.requireNonNull(columns, "columns").requireScope(Scope.CLIENT, "ClientQuery");
    }

    public static ClientQuery of(List<? extends Field<?>> fields) {
        return new ClientQuery(Columns.of(fields));
    }

    public static ClientQuery of(Field<?>... fields) {
        return of(List.of(fields));
    }
}
