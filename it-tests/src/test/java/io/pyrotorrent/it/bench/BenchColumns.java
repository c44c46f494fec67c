package io.pyrotorrent.it.bench;

import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.TorrentFields;
import java.util.List;

/** What each measured request asks for, the same columns in each API's words, so the rows compare. */
final class BenchColumns {

    private BenchColumns() {}

    /** The overview's columns (web-adapter's TorrentLine.FIELDS); the listing adds the state flags. */
    static final List<Field<?>> OVERVIEW_COLUMNS = List.of(
            TorrentFields.HASH,
            TorrentFields.NAME,
            TorrentFields.SIZE_BYTES,
            TorrentFields.COMPLETED_BYTES,
            TorrentFields.LEFT_BYTES,
            TorrentFields.DOWN_RATE,
            TorrentFields.UP_RATE,
            TorrentFields.RATIO,
            TorrentFields.PEERS_CONNECTED,
            TorrentFields.PEERS_COMPLETE,
            TorrentFields.MESSAGE,
            TorrentFields.LABEL);
    /** The same columns in the REST API's names. */
    static final String API_FIELDS =
            "hash,name,state,size_bytes,done_bytes,left_bytes,down_rate,up_rate,ratio," + "peers,seeders,message,label";
    /** The closest the legacy API gets (it has no label or peer counts, and bytes_done). */
    static final List<String> LEGACY_ATTRIBUTES = List.of(
            "get_hash",
            "get_name",
            "get_size_bytes",
            "get_bytes_done",
            "get_bytes_left",
            "get_download_rate",
            "get_upload_rate",
            "get_ratio",
            "get_message",
            "get_state",
            "is_active",
            "is_complete",
            "is_hashing",
            "hashing_failed");

    static final List<Field<?>> LEGACY_FIELDS = List.of(
            TorrentFields.HASH,
            TorrentFields.NAME,
            TorrentFields.SIZE_BYTES,
            TorrentFields.BYTES_DONE,
            TorrentFields.LEFT_BYTES,
            TorrentFields.DOWN_RATE,
            TorrentFields.UP_RATE,
            TorrentFields.RATIO,
            TorrentFields.MESSAGE,
            TorrentFields.STATE,
            TorrentFields.ACTIVE,
            TorrentFields.COMPLETE,
            TorrentFields.HASHING,
            TorrentFields.HASHING_FAILED);
}
