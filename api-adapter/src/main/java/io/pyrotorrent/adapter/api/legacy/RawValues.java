package io.pyrotorrent.adapter.api.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.pyrotorrent.adapter.api.rest.TypedValues;
import io.pyrotorrent.domain.model.FilePriority;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TorrentPriority;
import io.pyrotorrent.domain.model.field.Field;
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

    @SuppressWarnings("unchecked")
    static JsonNode of(Field<?> field, Object value) {
        return switch (field.kind()) {
            case TEXT -> NODES.textNode((String) value);
            case NUMBER -> NODES.numberNode((Long) value);
            case FLAG -> NODES.numberNode((Boolean) value ? 1L : 0L);
            // d.ratio is an integer in thousandths; the domain divided it by 1000.
            case RATIO -> NODES.numberNode(Math.round((Double) value * 1000));
            case TIME ->
                NODES.numberNode(
                        ((Optional<Instant>) value).map(Instant::getEpochSecond).orElse(0L));
            case TEXT_LIST -> TypedValues.texts((List<String>) value);
            case HASH -> NODES.textNode(((InfoHash) value).hex());
            case LABEL -> NODES.textNode(((Label) value).value());
            case TORRENT_PRIORITY -> NODES.numberNode((long) ((TorrentPriority) value).code());
            case FILE_PRIORITY -> NODES.numberNode((long) ((FilePriority) value).code());
        };
    }
}
