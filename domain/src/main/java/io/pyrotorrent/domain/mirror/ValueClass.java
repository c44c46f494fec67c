package io.pyrotorrent.domain.mirror;

import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.TorrentFields;
import java.util.Set;

/**
 * How often a torrent value can change, which decides how often the mirror asks for it. Each
 * class has its own age in a {@link MirrorView}, so a reader can judge "fresh enough" per class.
 */
public enum ValueClass {
    /** Which torrents exist: added or removed by another client (ruTorrent, rtcontrol, ...). */
    MEMBERSHIP,
    /** Never or rarely changes (name, size, directory, ...): once per new torrent and in the sweep. */
    STATIC,
    /** Flags, messages, label, priority: change on commands and events, not every second. */
    STATE,
    /** Rates, totals, bytes done, peers, ratio: change every second, but only while active. */
    MOVING;

    private static final Set<Field<?>> MOVING_FIELDS = Set.of(
            TorrentFields.UP_RATE,
            TorrentFields.DOWN_RATE,
            TorrentFields.UP_TOTAL,
            TorrentFields.DOWN_TOTAL,
            TorrentFields.RATIO,
            TorrentFields.PEERS_CONNECTED,
            TorrentFields.PEERS_COMPLETE,
            TorrentFields.COMPLETED_BYTES,
            TorrentFields.BYTES_DONE,
            TorrentFields.LEFT_BYTES,
            TorrentFields.COMPLETED_CHUNKS);

    private static final Set<Field<?>> STATE_FIELDS = Set.of(
            TorrentFields.COMPLETE,
            TorrentFields.STATE,
            TorrentFields.OPEN,
            TorrentFields.ACTIVE,
            TorrentFields.HASHING,
            TorrentFields.HASH_CHECKING,
            TorrentFields.HASH_CHECKED,
            TorrentFields.HASHING_FAILED,
            TorrentFields.MESSAGE,
            TorrentFields.STARTED,
            TorrentFields.FINISHED,
            TorrentFields.LABEL,
            TorrentFields.PRIORITY,
            TorrentFields.THROTTLE,
            TorrentFields.VIEWS);

    /** The class of a torrent field; anything not known to move or to carry state is static. */
    public static ValueClass of(Field<?> field) {
        if (MOVING_FIELDS.contains(field)) {
            return MOVING;
        }
        return STATE_FIELDS.contains(field) ? STATE : STATIC;
    }
}
