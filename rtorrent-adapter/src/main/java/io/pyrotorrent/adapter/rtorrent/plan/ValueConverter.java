package io.pyrotorrent.adapter.rtorrent.plan;

import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.FilePriority;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.TorrentPriority;
import io.pyrotorrent.domain.model.field.Field;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Converts rTorrent's raw values to the Java types of the domain, by the field's kind, in this one
 * place: every integer arrives as i8 (flags too), d.ratio is the ratio times 1000, times are
 * seconds since the epoch with 0 meaning never.
 */
final class ValueConverter {

    private ValueConverter() {}

    static Object convert(Field<?> field, Object raw) {
        return switch (field.kind()) {
            case TEXT -> text(field, raw);
            case NUMBER -> raw instanceof Long number ? number : Long.valueOf(number(field, raw));
            case FLAG -> number(field, raw) != 0;
            case RATIO -> number(field, raw) / 1000.0;
            case TIME -> time(number(field, raw));
            case TEXT_LIST -> textList(field, raw);
            case HASH -> hash(field, raw);
            case LABEL -> LabelCodec.decode(text(field, raw));
            case TORRENT_PRIORITY -> TorrentPriority.ofCode(clamp(number(field, raw), 0, 3));
            case FILE_PRIORITY -> FilePriority.ofCode(clamp(number(field, raw), 0, 2));
        };
    }

    private static String text(Field<?> field, Object raw) {
        if (raw instanceof String text) {
            return text;
        }
        throw unexpected(field, "a string", raw);
    }

    private static long number(Field<?> field, Object raw) {
        if (raw instanceof Long number) {
            return number;
        }
        if (raw instanceof Integer number) {
            return number;
        }
        throw unexpected(field, "an integer", raw);
    }

    private static Optional<Instant> time(long seconds) {
        return seconds <= 0 ? Optional.empty() : Optional.of(Instant.ofEpochSecond(seconds));
    }

    private static List<String> textList(Field<?> field, Object raw) {
        if (!(raw instanceof Object[] items)) {
            throw unexpected(field, "a list", raw);
        }
        var texts = new ArrayList<String>(items.length);
        for (Object item : items) {
            // t.multicall answers one list per tracker (here of its one t.url): flatten a level.
            if (item instanceof Object[] inner && inner.length == 1) {
                texts.add(text(field, inner[0]));
            } else {
                texts.add(text(field, item));
            }
        }
        return List.copyOf(texts);
    }

    private static InfoHash hash(Field<?> field, Object raw) {
        try {
            return InfoHash.of(text(field, raw));
        } catch (IllegalArgumentException e) {
            throw unexpected(field, "an info-hash", raw);
        }
    }

    /** rTorrent accepts out-of-range priorities on set; reading them back must not fail. */
    private static long clamp(long value, long min, long max) {
        return Math.max(min, Math.min(max, value));
    }

    static TorrentClientException unexpected(Field<?> field, String expected, Object raw) {
        String got = raw == null ? "nothing" : raw.getClass().getSimpleName();
        return new TorrentClientException(
                new ClientFailure.ProtocolError("expected " + expected + " for " + field + ", got " + got));
    }
}
