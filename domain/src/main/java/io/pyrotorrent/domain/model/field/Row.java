package io.pyrotorrent.domain.model.field;

import java.util.List;
import java.util.Objects;

/**
 * The values of the requested fields for one client, torrent, file, peer or tracker. Rows of one
 * answer share one {@link Columns}, so 20,000 torrents cost 20,000 small arrays, not maps.
 */
public final class Row {

    private final Columns columns;
    private final Object[] values;

    /**
     * Where each column's value is in {@link #values}, or null when they are in column order. Only
     * a row made by {@link #sharing} has one, shared by every row selected the same way.
     */
    private final int[] at;

    Row(Columns columns, Object[] values) {
        this(columns, values, null);
    }

    private Row(Columns columns, Object[] values, int[] at) {
        this.columns = columns;
        this.values = values;
        this.at = at;
    }

    private Object value(int index) {
        return values[at == null ? index : at[index]];
    }

    /** The value of a field that was requested; asking for one that was not is a programming error. */
    @SuppressWarnings("unchecked")
    public <T> T get(Field<T> field) {
        int index = columns.indexOf(field);
        if (index < 0) {
            throw new IllegalArgumentException(field + " was not requested; this row has " + columns.fields());
        }
        return (T) value(index);
    }

    /**
     * This row's values of {@code target}'s fields, as a row of those columns; each must be one
     * of this row's fields. The values were checked when this row was made, so they are not again.
     */
    public Row select(Columns target) {
        if (target == columns) {
            return this;
        }
        int[] positions = target.positionsIn(columns);
        var selected = new Object[positions.length];
        for (int i = 0; i < selected.length; i++) {
            selected[i] = value(positions[i]);
        }
        return new Row(target, selected);
    }

    /**
     * The same as {@link #select}, but sharing this row's values instead of copying them: one small
     * object a row. For answers that live as long as one request: a list read from the mirror
     * selects every torrent's row (20,000 at a time) before it is sorted and cut to a page, and
     * copies of 13 values each were 3 MB a request, most of a 96 MB heap's garbage under load. A
     * row kept longer would keep this row's values alive with it.
     */
    public Row sharing(Columns target) {
        if (target == columns) {
            return this;
        }
        int[] positions = target.positionsIn(columns);
        if (at != null) {
            int[] composed = new int[positions.length];
            for (int i = 0; i < composed.length; i++) {
                composed[i] = at[positions[i]];
            }
            positions = composed;
        }
        return new Row(target, values, positions);
    }

    public boolean has(Field<?> field) {
        return columns.indexOf(field) >= 0;
    }

    public List<Field<?>> fields() {
        return columns.fields();
    }

    @Override
    public boolean equals(Object other) {
        if (!(other instanceof Row row) || !row.columns.fields().equals(columns.fields())) {
            return false;
        }
        for (int i = 0; i < columns.fields().size(); i++) {
            if (!Objects.equals(value(i), row.value(i))) {
                return false;
            }
        }
        return true;
    }

    @Override
    public int hashCode() {
        int hash = 1; // as Arrays.hashCode of the values in column order
        for (int i = 0; i < columns.fields().size(); i++) {
            hash = 31 * hash + Objects.hashCode(value(i));
        }
        return Objects.hash(columns.fields(), hash);
    }

    @Override
    public String toString() {
        var text = new StringBuilder("Row{");
        for (int i = 0; i < columns.fields().size(); i++) {
            text.append(i == 0 ? "" : ", ")
                    .append(columns.fields().get(i).name())
                    .append('=')
                    .append(value(i));
        }
        return text.append('}').toString();
    }
}
