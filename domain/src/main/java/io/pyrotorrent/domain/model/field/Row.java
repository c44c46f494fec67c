package io.pyrotorrent.domain.model.field;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The values of the requested fields for one client, torrent, file, peer or tracker. Rows of one
 * answer share one {@link Columns}, so 20,000 torrents cost 20,000 small arrays, not maps.
 */
public final class Row {

    private final Columns columns;
    private final Object[] values;

    Row(Columns columns, Object[] values) {
        this.columns = columns;
        this.values = values;
    }

    /** The value of a field that was requested; asking for one that was not is a programming error. */
    @SuppressWarnings("unchecked")
    public <T> T get(Field<T> field) {
        int index = columns.indexOf(field);
        if (index < 0) {
            throw new IllegalArgumentException(field + " was not requested; this row has " + columns.fields());
        }
        return (T) values[index];
    }

    /**
     * This row's values of {@code target}'s fields, as a row of those columns; each must be one
     * of this row's fields. The values were checked when this row was made, so they are not again.
     */
    public Row select(Columns target) {
        if (target == columns) {
            return this;
        }
        List<Field<?>> fields = target.fields();
        var selected = new Object[fields.size()];
        for (int i = 0; i < selected.length; i++) {
            int index = columns.indexOf(fields.get(i));
            if (index < 0) {
                throw new IllegalArgumentException(
                        fields.get(i) + " was not requested; this row has " + columns.fields());
            }
            selected[i] = values[index];
        }
        return new Row(target, selected);
    }

    public boolean has(Field<?> field) {
        return columns.indexOf(field) >= 0;
    }

    public List<Field<?>> fields() {
        return columns.fields();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Row row
                && row.columns.fields().equals(columns.fields())
                && Arrays.equals(row.values, values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(columns.fields(), Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        var text = new StringBuilder("Row{");
        for (int i = 0; i < values.length; i++) {
            text.append(i == 0 ? "" : ", ")
                    .append(columns.fields().get(i).name())
                    .append('=')
                    .append(values[i]);
        }
        return text.append('}').toString();
    }
}
