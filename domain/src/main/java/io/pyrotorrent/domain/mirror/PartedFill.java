package io.pyrotorrent.domain.mirror;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.field.Columns;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A full read made in parts (a few fields of every torrent per round trip), for a table too large
 * to read whole in one reply. The parts are gathered apart from the table; only a torrent present in
 * every part is kept, and the table is replaced once the last part is in. Until then the mirror
 * is stale and readers go to rTorrent, as before a first fill.
 */
final class PartedFill {

    private final List<List<Field<?>>> parts;
    private final Columns columns;
    private final Instant started;
    private final Map<InfoHash, Object[]> staged = new LinkedHashMap<>();
    private final Map<InfoHash, Integer> seen = new LinkedHashMap<>();
    private int next;

    PartedFill(List<List<Field<?>>> parts, Columns columns, Instant started) {
        if (parts.size() < 2) {
            throw new IllegalArgumentException("a parted fill has at least two parts");
        }
        this.parts = List.copyOf(parts);
        this.columns = columns;
        this.started = started;
    }

    List<Field<?>> nextPart() {
        return parts.get(next);
    }

    int parts() {
        return parts.size();
    }

    /** When the fill began: every value it gathers was read at or after this. */
    Instant started() {
        return started;
    }

    /** Takes one part's rows; the whole table's rows once this was the last part. */
    Optional<List<Row>> take(List<Row> rows) {
        List<Field<?>> part = parts.get(next);
        int[] index = part.stream().mapToInt(columns.fields()::indexOf).toArray();
        for (Row row : rows) {
            InfoHash hash = row.get(TorrentFields.HASH);
            Object[] values = next == 0
                    ? staged.computeIfAbsent(
                            hash, h -> new Object[columns.fields().size()])
                    : staged.get(hash);
            if (values == null) {
                continue; // added after the first part: the next membership read finds it
            }
            for (int i = 0; i < index.length; i++) {
                values[index[i]] = row.get(part.get(i));
            }
            seen.merge(hash, 1, Integer::sum);
        }
        next++;
        if (next < parts.size()) {
            return Optional.empty();
        }
        var whole = new ArrayList<Row>(staged.size());
        staged.forEach((hash, values) -> {
            if (seen.getOrDefault(hash, 0) == parts.size()) {
                whole.add(columns.row(values));
            }
        });
        return Optional.of(whole);
    }
}
