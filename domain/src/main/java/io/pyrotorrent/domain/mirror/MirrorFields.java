package io.pyrotorrent.domain.mirror;

import io.pyrotorrent.domain.model.field.Columns;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Scope;
import io.pyrotorrent.domain.model.field.TorrentFields;
import java.util.ArrayList;
import java.util.List;

/** The torrent fields a mirror holds, cut by value class and into sweep chunks. */
final class MirrorFields {

    private final Columns columns;
    private final List<Field<?>> state;
    private final List<Field<?>> changing;
    private final List<List<Field<?>>> chunks = new ArrayList<>();

    MirrorFields(List<? extends Field<?>> fields, int fieldsPerChunk) {
        columns = Columns.of(fields).requireScope(Scope.TORRENT, "a mirror");
        if (!columns.fields().contains(TorrentFields.HASH)) {
            throw new IllegalArgumentException("a mirror keys its rows by hash, so its fields include hash");
        }
        state = ofClass(ValueClass.STATE);
        changing = columns.fields().stream()
                .filter(f -> ValueClass.of(f) == ValueClass.MOVING || ValueClass.of(f) == ValueClass.STATE)
                .toList();
        List<Field<?>> rest =
                columns.fields().stream().filter(f -> f != TorrentFields.HASH).toList();
        for (int from = 0; from < rest.size(); from += fieldsPerChunk) {
            chunks.add(withHash(rest.subList(from, Math.min(rest.size(), from + fieldsPerChunk))));
        }
        if (chunks.isEmpty()) {
            chunks.add(List.of(TorrentFields.HASH));
        }
    }

    Columns columns() {
        return columns;
    }

    List<Field<?>> all() {
        return columns.fields();
    }

    List<Field<?>> state() {
        return state;
    }

    /** The fields a command or a moving torrent can change: moving and state. */
    List<Field<?>> changing() {
        return changing;
    }

    int chunks() {
        return chunks.size();
    }

    List<Field<?>> chunk(int index) {
        return chunks.get(index);
    }

    /**
     * The fields of a full read of {@code rows} torrents, cut so no part holds more than
     * {@code cellsPerRead} values: one part (every field) when they fit, else parts of as many
     * fields as fit, each with the hash.
     */
    List<List<Field<?>>> fullParts(long rows, int cellsPerRead) {
        if (rows * columns.fields().size() <= cellsPerRead) {
            return List.of(all());
        }
        int perPart = (int) Math.max(1, cellsPerRead / Math.max(1, rows) - 1);
        List<Field<?>> rest =
                columns.fields().stream().filter(f -> f != TorrentFields.HASH).toList();
        var parts = new ArrayList<List<Field<?>>>();
        for (int from = 0; from < rest.size(); from += perPart) {
            parts.add(withHash(rest.subList(from, Math.min(rest.size(), from + perPart))));
        }
        return List.copyOf(parts);
    }

    static List<Field<?>> withHash(List<Field<?>> fields) {
        var list = new ArrayList<Field<?>>();
        list.add(TorrentFields.HASH);
        fields.stream().filter(f -> f != TorrentFields.HASH).forEach(list::add);
        return List.copyOf(list);
    }

    private List<Field<?>> ofClass(ValueClass valueClass) {
        return columns.fields().stream()
                .filter(f -> ValueClass.of(f) == valueClass)
                .toList();
    }
}
