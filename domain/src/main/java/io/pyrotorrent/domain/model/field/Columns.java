package io.pyrotorrent.domain.model.field;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;

/** The ordered fields of a set of rows; makes rows whose values are checked against each kind. */
public final class Columns {

    private final List<Field<?>> fields;
    /** By field id, the field's column + 1 (0: not one of these): a row's get is one array read. */
    private final int[] slots;

    private Columns(List<Field<?>> fields) {
        this.fields = fields;
        int maxId = fields.stream().mapToInt(Field::id).max().orElse(0);
        this.slots = new int[maxId + 1];
        for (int i = 0; i < fields.size(); i++) {
            slots[fields.get(i).id()] = i + 1;
        }
    }

    /** Fields must share one scope and appear once each. */
    public static Columns of(List<? extends Field<?>> fields) {
        List<Field<?>> copy = List.copyOf(fields);
        if (copy.isEmpty()) {
            throw new IllegalArgumentException("at least one field is needed");
        }
        Scope scope = copy.get(0).scope();
        var seen = new HashSet<Field<?>>();
        for (Field<?> field : copy) {
            if (field.scope() != scope) {
                throw new IllegalArgumentException("fields of one request share a scope: " + copy);
            }
            if (!seen.add(field)) {
                throw new IllegalArgumentException(field + " is named twice");
            }
        }
        return new Columns(copy);
    }

    public List<Field<?>> fields() {
        return fields;
    }

    public Scope scope() {
        return fields.get(0).scope();
    }

    /** These columns, if they are of the scope a query needs; otherwise a clear refusal. */
    public Columns requireScope(Scope scope, String query) {
        if (scope() != scope) {
            throw new IllegalArgumentException(
                    query + " takes " + scope.name().toLowerCase(Locale.ROOT) + " fields, not " + this);
        }
        return this;
    }

    /** The positions of these fields among {@code source}'s, for the rows {@link Row#sharing} makes. */
    private record Positions(Columns source, int[] at) {}

    /** The last positions worked out: a list selects every row of one source the same way. */
    private volatile Positions lastPositions;

    int[] positionsIn(Columns source) {
        Positions last = lastPositions;
        if (last != null && last.source() == source) {
            return last.at();
        }
        int[] at = new int[fields.size()];
        for (int i = 0; i < at.length; i++) {
            at[i] = source.indexOf(fields.get(i));
            if (at[i] < 0) {
                throw new IllegalArgumentException(fields.get(i) + " was not requested; this row has " + source.fields);
            }
        }
        lastPositions = new Positions(source, at);
        return at;
    }

    int indexOf(Field<?> field) {
        // Pages read 20,000 rows' fields many times over: one array read, not a scan of the fields.
        int id = field.id();
        return id < slots.length ? slots[id] - 1 : -1;
    }

    /** A row of values in field order; each value must have its field's Java type. */
    public Row row(Object... values) {
        if (values.length != fields.size()) {
            throw new IllegalArgumentException("expected " + fields.size() + " values, got " + values.length);
        }
        for (int i = 0; i < values.length; i++) {
            Field<?> field = fields.get(i);
            if (values[i] == null) {
                // Named only on failure: a row is made per torrent of every reply, and building
                // the name for each value was a fifth of a listing's time over the fake.
                throw new NullPointerException(field.toString());
            }
            if (!field.kind().javaType().isInstance(values[i])) {
                throw new IllegalArgumentException(
                        field + " holds a " + field.kind().javaType().getSimpleName() + ", not a "
                                + values[i].getClass().getSimpleName());
            }
        }
        // Varargs arrays are fresh; the row owns this one from here on.
        return new Row(this, values);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Columns columns && columns.fields.equals(fields);
    }

    @Override
    public int hashCode() {
        return fields.hashCode();
    }

    @Override
    public String toString() {
        return fields.toString();
    }
}
