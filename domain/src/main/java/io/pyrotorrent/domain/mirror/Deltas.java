package io.pyrotorrent.domain.mirror;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/** What changed between the published view and the working table. */
final class Deltas {

    private Deltas() {}

    /** Compares only the touched rows, or after a full read every row on either side. */
    static MirrorDelta between(MirrorView before, MirrorTable table, boolean full) {
        Set<InfoHash> keys = table.touched;
        if (full) {
            keys = new LinkedHashSet<>(table.rows.keySet());
            keys.addAll(before.rows().keySet());
        }
        var added = new ArrayList<Row>();
        var removed = new ArrayList<InfoHash>();
        var changed = new ArrayList<MirrorDelta.Changed>();
        for (InfoHash hash : keys) {
            Row was = before.rows().get(hash);
            Row is = table.rows.get(hash);
            if (was == null && is != null) {
                added.add(is);
            } else if (was != null && is == null) {
                removed.add(hash);
            } else if (was != null && !was.equals(is)) {
                changed.add(new MirrorDelta.Changed(is, fieldsChanged(was, is)));
            }
        }
        return new MirrorDelta(before.version() + 1, added, removed, changed);
    }

    static Map<InfoHash, Row> copy(MirrorTable table) {
        return Collections.unmodifiableMap(new java.util.LinkedHashMap<>(table.rows));
    }

    private static Set<Field<?>> fieldsChanged(Row was, Row is) {
        var fields = new HashSet<Field<?>>();
        for (Field<?> field : is.fields()) {
            if (!Objects.equals(was.get(field), is.get(field))) {
                fields.add(field);
            }
        }
        return fields;
    }
}
