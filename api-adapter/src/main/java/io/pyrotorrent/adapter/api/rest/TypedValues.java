package io.pyrotorrent.adapter.api.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pyrotorrent.adapter.api.http.Json;
import io.pyrotorrent.domain.model.FilePriority;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TorrentPriority;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Domain values as the REST API shows them: real booleans, the ratio as a decimal, times as
 * ISO-8601 (null for never), priorities and labels by name.
 */
public final class TypedValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private TypedValues() {}

    @SuppressWarnings("unchecked")
    public static JsonNode of(Field<?> field, Object value) {
        return switch (field.kind()) {
            case TEXT -> NODES.textNode((String) value);
            case NUMBER -> NODES.numberNode((Long) value);
            case FLAG -> NODES.booleanNode((Boolean) value);
            case RATIO -> NODES.numberNode((Double) value);
            case TIME ->
                ((Optional<Instant>) value)
                        .<JsonNode>map(t -> NODES.textNode(t.toString()))
                        .orElse(NODES.nullNode());
            case TEXT_LIST -> texts((List<String>) value);
            case HASH -> NODES.textNode(((InfoHash) value).hex());
            case LABEL -> NODES.textNode(((Label) value).value());
            case TORRENT_PRIORITY -> NODES.textNode(name((TorrentPriority) value));
            case FILE_PRIORITY -> NODES.textNode(name((FilePriority) value));
        };
    }

    /** Every field of a row, by its domain name (files, peers, trackers, the client). */
    public static ObjectNode row(Row row) {
        ObjectNode json = Json.object();
        row.fields().forEach(field -> json.set(field.name(), of(field, row.get(field))));
        return json;
    }

    public static String name(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    public static ArrayNode texts(List<String> values) {
        ArrayNode array = Json.array();
        values.forEach(array::add);
        return array;
    }
}
