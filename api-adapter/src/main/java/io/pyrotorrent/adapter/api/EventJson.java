package io.pyrotorrent.adapter.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.field.Columns;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.listing.TorrentState;
import io.pyrotorrent.domain.model.watch.TorrentEvent;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One stream's events as SSE event names and JSON: "full" {torrents, client}, then "changes"
 * {changed: {hash: {field: value}}, added, removed, client}, or "failed" {error}. The derived
 * "state" needs all its flags while a change carries only those that moved, so each stream keeps
 * the flags of its torrents.
 */
final class EventJson {

    record Sse(String name, String data) {
    }

    private static final Columns STATE_COLUMNS = Columns.of(TorrentState.FIELDS);

    private final TorrentColumns columns;
    private final Map<InfoHash, Object[]> stateFlags = new HashMap<>();

    EventJson(TorrentColumns columns) {
        this.columns = columns;
    }

    Sse of(TorrentEvent event) {
        ObjectNode data = Json.object();
        String name;
        if (event instanceof TorrentEvent.Full full) {
            name = "full";
            stateFlags.clear();
            added(data.putArray("torrents"), full.torrents());
            data.set("client", TypedValues.row(full.client()));
        } else if (event instanceof TorrentEvent.Changes changes) {
            name = "changes";
            ObjectNode changed = data.putObject("changed");
            changes.changed().forEach((hash, fields) -> {
                ObjectNode values = changed(hash, fields);
                if (!values.isEmpty()) {
                    changed.set(hash.hex(), values);
                }
            });
            added(data.putArray("added"), changes.added());
            ArrayNode removed = data.putArray("removed");
            changes.removed().forEach(hash -> {
                stateFlags.remove(hash);
                removed.add(hash.hex());
            });
            data.set("client", TypedValues.row(changes.client()));
        } else {
            name = "failed";
            data.setAll(ErrorMapping.of(((TorrentEvent.Failed) event).failure()).body());
        }
        return new Sse(name, new String(Json.write(data), StandardCharsets.UTF_8));
    }

    /** Told to a client that fell too far behind, just before it is dropped. */
    static Sse tooSlow() {
        return new Sse("failed", new String(Json.write(new ApiError(503, "too_slow",
                "this client read events too slowly and was dropped; reconnect").body()), StandardCharsets.UTF_8));
    }

    private void added(ArrayNode array, List<Row> rows) {
        for (Row row : rows) {
            array.add(columns.row(row));
            if (columns.wants(TorrentColumns.STATE)) {
                stateFlags.put(row.get(TorrentFields.HASH),
                        TorrentState.FIELDS.stream().map(row::get).toArray());
            }
        }
    }

    private ObjectNode changed(InfoHash hash, Map<Field<?>, Object> fields) {
        ObjectNode values = Json.object();
        fields.forEach((field, value) -> columns.nameOf(field).ifPresent(name -> values.set(name, TypedValues.of(field, value))));
        Object[] flags = stateFlags.get(hash);
        if (flags != null && fields.keySet().stream().anyMatch(TorrentState.FIELDS::contains)) {
            for (int i = 0; i < flags.length; i++) {
                flags[i] = fields.getOrDefault(TorrentState.FIELDS.get(i), flags[i]);
            }
            values.put(TorrentColumns.STATE, TorrentState.of(STATE_COLUMNS.row(flags.clone())).label());
        }
        return values;
    }
}
