package io.pyrotorrent.adapter.api.events;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializable;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pyrotorrent.adapter.api.http.ApiError;
import io.pyrotorrent.adapter.api.http.ErrorMapping;
import io.pyrotorrent.adapter.api.http.Json;
import io.pyrotorrent.adapter.api.rest.TorrentColumns;
import io.pyrotorrent.adapter.api.rest.TypedValues;
import io.pyrotorrent.domain.model.field.Columns;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.listing.TorrentState;
import io.pyrotorrent.domain.model.watch.TorrentEvent;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One stream's events as SSE event names and JSON: "full" {torrents, client}, then "changes"
 * {changed: {hash: {field: value}}, added, removed, client}, or "failed" {error}. A change that
 * moves the derived "state" carries all its flags (see {@link TorrentEvent.Changes}), so a stream
 * keeps nothing per torrent: with 20 streams on 20,000 torrents such copies took 33 MB of heap.
 */
final class EventJson {

    /** An event's name and its JSON as written: one line of UTF-8, shared, never modified. */
    record Sse(String name, byte[] json) {

        /** The JSON as text, for tests and logs. */
        String data() {
            return new String(json, StandardCharsets.UTF_8);
        }
    }

    private static final Columns STATE_COLUMNS = Columns.of(TorrentState.FIELDS);

    private record Written(TorrentEvent.Full full, List<String> names, Sse sse) {}

    /** The last "full" event written, by snapshot identity and columns; shared by every stream. */
    private static final AtomicReference<Written> lastFull = new AtomicReference<>();

    private final TorrentColumns columns;

    EventJson(TorrentColumns columns) {
        this.columns = columns;
    }

    Sse of(TorrentEvent event) {
        if (event instanceof TorrentEvent.Full full) {
            // Streams that start together get the same snapshot (see FeedState): written once, it
            // is one string of a few megabytes at 20,000 torrents, not one per stream.
            Written held = lastFull.get();
            if (held != null && held.full() == full && held.names().equals(columns.names())) {
                return held.sse();
            }
            var sse = new Sse("full", Json.write(new FullJson(full)));
            lastFull.set(new Written(full, columns.names(), sse));
            return sse;
        }
        ObjectNode data = Json.object();
        String name;
        if (event instanceof TorrentEvent.Changes changes) {
            name = "changes";
            ObjectNode changed = data.putObject("changed");
            changes.changed().forEach((hash, fields) -> {
                ObjectNode values = changed(fields);
                if (!values.isEmpty()) {
                    changed.set(hash.hex(), values);
                }
            });
            ArrayNode added = data.putArray("added");
            changes.added().forEach(row -> added.add(columns.row(row)));
            ArrayNode removed = data.putArray("removed");
            changes.removed().forEach(hash -> removed.add(hash.hex()));
            data.set("client", TypedValues.row(changes.client()));
        } else {
            name = "failed";
            data.setAll(ErrorMapping.of(((TorrentEvent.Failed) event).failure()).body());
        }
        return new Sse(name, Json.write(data));
    }

    /** Told to a client that fell too far behind, just before it is dropped. */
    static Sse tooSlow() {
        return new Sse(
                "failed",
                Json.write(
                        new ApiError(503, "too_slow", "this client read events too slowly and was dropped; reconnect")
                                .body()));
    }

    private ObjectNode changed(Map<Field<?>, Object> fields) {
        ObjectNode values = Json.object();
        fields.forEach((field, value) ->
                columns.nameOf(field).ifPresent(name -> values.set(name, TypedValues.of(field, value))));
        if (columns.wants(TorrentColumns.STATE) && fields.keySet().containsAll(TorrentState.FIELDS)) {
            values.put(
                    TorrentColumns.STATE,
                    TorrentState.of(STATE_COLUMNS.row(TorrentState.FIELDS.stream()
                                    .map(fields::get)
                                    .toArray()))
                            .label());
        }
        return values;
    }

    /**
     * A "full" event written row by row: built as one tree first, it held every row's nodes at
     * once (hundreds of bytes per torrent), in each stream that starts at the same moment.
     */
    private final class FullJson extends JsonSerializable.Base {

        private final TorrentEvent.Full full;

        FullJson(TorrentEvent.Full full) {
            this.full = full;
        }

        @Override
        public void serialize(JsonGenerator generator, SerializerProvider serializers) throws IOException {
            generator.writeStartObject();
            generator.writeArrayFieldStart("torrents");
            for (Row row : full.torrents()) {
                generator.writeTree(columns.row(row));
            }
            generator.writeEndArray();
            generator.writeFieldName("client");
            generator.writeTree(TypedValues.row(full.client()));
            generator.writeEndObject();
        }

        @Override
        public void serializeWithType(JsonGenerator generator, SerializerProvider serializers, TypeSerializer type)
                throws IOException {
            serialize(generator, serializers);
        }
    }
}
