package io.pyrotorrent.domain.mirror;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one poll or command changed in the mirror, for event streams and live pages: they apply
 * deltas to what they hold instead of asking rTorrent themselves.
 *
 * @param version the {@link MirrorView#version()} this delta leads to; one more than the last
 */
public record MirrorDelta(long version, List<Row> added, List<InfoHash> removed, List<Changed> changed) {

    /** A row that changed, whole, and which of its fields changed. */
    public record Changed(Row row, Set<Field<?>> fields) {
        public Changed {
            Objects.requireNonNull(row, "row");
            fields = Set.copyOf(fields);
        }
    }

    public MirrorDelta {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }
}
