package io.pyrotorrent.domain.model.field;

import io.pyrotorrent.domain.model.FilePriority;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TorrentPriority;
import java.util.List;
import java.util.Optional;

/**
 * How a field's raw rTorrent value becomes a Java value. The rTorrent adapter converts by kind, in
 * one place; everything above the port sees only the Java types named here.
 */
public enum ValueKind {
    /** A string. */
    TEXT(String.class),
    /** An integer (bytes, bytes per second, counts): rTorrent's i8, a {@code Long}. */
    NUMBER(Long.class),
    /** rTorrent's 0/1 (or 0/non-zero) as a {@code Boolean}. */
    FLAG(Boolean.class),
    /** d.ratio is the ratio times 1000; a {@code Double} holds the real ratio. */
    RATIO(Double.class),
    /** Seconds since the epoch, 0 meaning never: an {@code Optional<Instant>}. */
    TIME(Optional.class),
    /** A list of strings (path components, views): a {@code List<String>}. */
    TEXT_LIST(List.class),
    /** A 40-hex info-hash: an {@link InfoHash}. */
    HASH(InfoHash.class),
    /** d.custom1, URL-encoded in rTorrent: a {@link Label}. */
    LABEL(Label.class),
    /** d.priority: a {@link TorrentPriority}. */
    TORRENT_PRIORITY(TorrentPriority.class),
    /** f.priority: a {@link FilePriority}. */
    FILE_PRIORITY(FilePriority.class);

    private final Class<?> javaType;

    ValueKind(Class<?> javaType) {
        this.javaType = javaType;
    }

    /** The Java type every value of this kind has in a {@link Row}. */
    public Class<?> javaType() {
        return javaType;
    }
}
