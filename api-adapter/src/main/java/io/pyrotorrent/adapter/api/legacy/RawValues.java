package io.pyrotorrent.adapter.api.legacy;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.pyrotorrent.adapter.api.rest.TypedValues;
import io.pyrotorrent.domain.model.FilePriority;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TorrentPriority;
import io.pyrotorrent.domain.model.field.Field;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Domain values turned back into what rTorrent itself answered, because the original pyroTorrent
 * API passed those through and scripts rely on them: flags as 0/1, the ratio times 1000, times as
 * epoch seconds (0 for never), priorities as their codes.
 */
final class RawValues {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private RawValues() {}

    /** As a tree node, for the answers built as trees (one torrent's values). */
    @SuppressWarnings("unchecked")
    static JsonNode of(Field<?> field, Object value) {
        Object raw = raw(field, value);
        if (raw instanceof Long number) {
            return NODES.numberNode(number);
        }
        if (raw instanceof String text) {
            return NODES.textNode(text);
        }
        return TypedValues.texts((List<String>) raw);
    }

    /**
     * Straight to the generator, for lists of rows: writing a node per value went through the
     * mapper's writeTree, which makes a serializer provider each time (280,000 of them for 20,000
     * torrents of 14 values).
     */
    @SuppressWarnings("unchecked")
    static void write(JsonGenerator generator, Field<?> field, Object value) throws IOException {
        Object raw = raw(field, value);
        if (raw instanceof Long number) {
            generator.writeNumber(number.longValue());
        } else if (raw instanceof String text) {
            generator.writeString(text);
        } else {
            generator.writeStartArray();
            for (String text : (List<String>) raw) {
                generator.writeString(text);
            }
            generator.writeEndArray();
        }
    }

    /** The value as rTorrent sent it: a Long, a String or a list of Strings. */
    @SuppressWarnings("unchecked")
    private static Object raw(Field<?> field, Object value) {
        return switch (field.kind()) {
            case TEXT, TEXT_LIST -> value;
            case NUMBER -> (Long) value;
            case FLAG -> (Boolean) value ? 1L : 0L;
            // d.ratio is an integer in thousandths; the domain divided it by 1000.
            case RATIO -> Math.round((Double) value * 1000);
            case TIME ->
                ((Optional<Instant>) value).map(Instant::getEpochSecond).orElse(0L);
            case HASH -> ((InfoHash) value).hex();
            case LABEL -> ((Label) value).value();
            case TORRENT_PRIORITY -> (long) ((TorrentPriority) value).code();
            case FILE_PRIORITY -> (long) ((FilePriority) value).code();
        };
    }
}
