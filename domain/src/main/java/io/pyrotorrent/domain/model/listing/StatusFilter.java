package io.pyrotorrent.domain.model.listing;

import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The sidebar's status filters. Unlike {@link TorrentState} (one word per torrent) these overlap:
 * a seeding torrent is also complete and maybe active, so each is its own predicate and count.
 */
public enum StatusFilter {
    ALL,
    DOWNLOADING,
    SEEDING,
    COMPLETE,
    STOPPED,
    PAUSED,
    ACTIVE,
    INACTIVE,
    CHECKING,
    ERROR,
    /** rTorrent keeps the tracker's last complaint ("unregistered torrent") in d.message. */
    TRACKER_ERROR;

    /** What {@link #matches} reads: fetched when a listing filters by status or asks for counts. */
    public static final List<Field<?>> FIELDS = List.of(
            TorrentFields.STATE,
            TorrentFields.ACTIVE,
            TorrentFields.COMPLETE,
            TorrentFields.HASHING,
            TorrentFields.HASHING_FAILED,
            TorrentFields.MESSAGE,
            TorrentFields.UP_RATE,
            TorrentFields.DOWN_RATE);

    public boolean matches(Row row) {
        return switch (this) {
            case ALL -> true;
            case DOWNLOADING -> TorrentState.of(row) == TorrentState.STARTED;
            case SEEDING -> TorrentState.of(row) == TorrentState.SEEDING;
            case COMPLETE -> row.get(TorrentFields.COMPLETE);
            case STOPPED -> TorrentState.of(row) == TorrentState.STOPPED;
            case PAUSED -> TorrentState.of(row) == TorrentState.PAUSED;
            case ACTIVE -> moving(row);
            case INACTIVE -> !moving(row);
            case CHECKING -> TorrentState.of(row) == TorrentState.HASHING;
            case ERROR -> TorrentState.of(row) == TorrentState.ERROR || trackerError(row);
            case TRACKER_ERROR -> trackerError(row);
        };
    }

    /** The URL word: "tracker-error" for TRACKER_ERROR. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static Optional<StatusFilter> byKey(String key) {
        for (StatusFilter filter : values()) {
            if (filter.key().equals(key)) {
                return Optional.of(filter);
            }
        }
        return Optional.empty();
    }

    /** Active means bytes are moving now, as Flood and ruTorrent count it, not rTorrent's d.is_active. */
    private static boolean moving(Row row) {
        return row.get(TorrentFields.UP_RATE) > 0 || row.get(TorrentFields.DOWN_RATE) > 0;
    }

    private static boolean trackerError(Row row) {
        return !row.get(TorrentFields.MESSAGE).isBlank();
    }
}
