package io.pyrotorrent.domain.model.listing;

import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import java.util.List;
import java.util.Locale;

/** One word for where a torrent stands, derived from rTorrent's flags in one place. */
public enum TorrentState {
    HASHING,
    ERROR,
    STOPPED,
    PAUSED,
    SEEDING,
    STARTED;

    /** The fields {@link #of} needs; every listing asks for them. */
    public static final List<Field<?>> FIELDS = List.of(
            TorrentFields.STATE,
            TorrentFields.ACTIVE,
            TorrentFields.COMPLETE,
            TorrentFields.HASHING,
            TorrentFields.HASHING_FAILED);

    /**
     * Hashing first (it overrides everything), then a failed hash check as the error state; a
     * stopped torrent is stopped; a started but inactive one is paused; else seeding or started.
     */
    public static TorrentState of(Row row) {
        if (row.get(TorrentFields.HASHING)) {
            return HASHING;
        }
        if (row.get(TorrentFields.HASHING_FAILED)) {
            return ERROR;
        }
        if (!row.get(TorrentFields.STATE)) {
            return STOPPED;
        }
        if (!row.get(TorrentFields.ACTIVE)) {
            return PAUSED;
        }
        return row.get(TorrentFields.COMPLETE) ? SEEDING : STARTED;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
