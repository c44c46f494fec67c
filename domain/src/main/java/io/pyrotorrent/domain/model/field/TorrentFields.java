package io.pyrotorrent.domain.model.field;

import static io.pyrotorrent.domain.model.field.Scope.TORRENT;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TorrentPriority;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Values about one torrent (rTorrent's d.* commands). */
public final class TorrentFields {

    public static final Field<InfoHash> HASH = Field.hash(TORRENT, "hash");
    public static final Field<String> NAME = Field.text(TORRENT, "name");
    public static final Field<Long> SIZE_BYTES = Field.number(TORRENT, "size_bytes");
    /** Bytes of completed chunks. */
    public static final Field<Long> COMPLETED_BYTES = Field.number(TORRENT, "completed_bytes");
    /** Bytes downloaded, partial chunks included. */
    public static final Field<Long> BYTES_DONE = Field.number(TORRENT, "bytes_done");

    public static final Field<Long> LEFT_BYTES = Field.number(TORRENT, "left_bytes");
    public static final Field<Boolean> COMPLETE = Field.flag(TORRENT, "complete");
    /** d.state: true once started (a paused torrent is still started, just not active). */
    public static final Field<Boolean> STATE = Field.flag(TORRENT, "state");

    public static final Field<Boolean> OPEN = Field.flag(TORRENT, "open");
    public static final Field<Boolean> ACTIVE = Field.flag(TORRENT, "active");
    /** d.hashing is a mode number (0 = not hashing); any non-zero mode reads as true. */
    public static final Field<Boolean> HASHING = Field.flag(TORRENT, "hashing");

    public static final Field<Boolean> HASH_CHECKING = Field.flag(TORRENT, "hash_checking");
    public static final Field<Boolean> HASH_CHECKED = Field.flag(TORRENT, "hash_checked");
    public static final Field<Boolean> HASHING_FAILED = Field.flag(TORRENT, "hashing_failed");
    /** The tracker or error message rTorrent shows for the torrent; empty when all is well. */
    public static final Field<String> MESSAGE = Field.text(TORRENT, "message");

    public static final Field<Long> UP_RATE = Field.number(TORRENT, "up_rate");
    public static final Field<Long> DOWN_RATE = Field.number(TORRENT, "down_rate");
    public static final Field<Long> UP_TOTAL = Field.number(TORRENT, "up_total");
    public static final Field<Long> DOWN_TOTAL = Field.number(TORRENT, "down_total");
    public static final Field<Double> RATIO = Field.ratio(TORRENT, "ratio");
    public static final Field<Long> PEERS_CONNECTED = Field.number(TORRENT, "peers_connected");
    /** Connected peers that have the whole torrent (seeders). */
    public static final Field<Long> PEERS_COMPLETE = Field.number(TORRENT, "peers_complete");

    public static final Field<String> DIRECTORY = Field.text(TORRENT, "directory");
    public static final Field<String> BASE_PATH = Field.text(TORRENT, "base_path");
    public static final Field<String> LOADED_FILE = Field.text(TORRENT, "loaded_file");
    public static final Field<Optional<Instant>> CREATED = Field.time(TORRENT, "created");
    public static final Field<Optional<Instant>> STARTED = Field.time(TORRENT, "started");
    public static final Field<Optional<Instant>> FINISHED = Field.time(TORRENT, "finished");
    public static final Field<Long> SIZE_FILES = Field.number(TORRENT, "size_files");
    public static final Field<Long> SIZE_CHUNKS = Field.number(TORRENT, "size_chunks");
    public static final Field<Long> COMPLETED_CHUNKS = Field.number(TORRENT, "completed_chunks");
    public static final Field<List<String>> VIEWS = Field.textList(TORRENT, "views");
    public static final Field<Label> LABEL = Field.label(TORRENT, "label");
    public static final Field<TorrentPriority> PRIORITY = Field.torrentPriority(TORRENT, "priority");
    /** d.throttle_name: the torrent's throttle group, empty for none. */
    public static final Field<String> THROTTLE = Field.text(TORRENT, "throttle");

    /**
     * Whether the torrent's files sit in their own folder (d.directory is that folder) or it is one
     * file in d.directory: what a torrent's own path is.
     */
    public static final Field<Boolean> MULTI_FILE = Field.flag(TORRENT, "multi_file");

    /**
     * Every tracker URL of the torrent, in rTorrent's order (one t.multicall inside the torrent's
     * row), so the mirror holds them and the sidebar counts torrents per tracker domain without
     * asking rTorrent per page. A tracker changes rarely: the mirror reads it with new torrents
     * and in its sweep.
     */
    public static final Field<List<String>> TRACKER_URLS = Field.textList(TORRENT, "tracker_urls");

    public static final List<Field<?>> ALL = List.of(
            HASH,
            NAME,
            SIZE_BYTES,
            COMPLETED_BYTES,
            BYTES_DONE,
            LEFT_BYTES,
            COMPLETE,
            STATE,
            OPEN,
            ACTIVE,
            HASHING,
            HASH_CHECKING,
            HASH_CHECKED,
            HASHING_FAILED,
            MESSAGE,
            UP_RATE,
            DOWN_RATE,
            UP_TOTAL,
            DOWN_TOTAL,
            RATIO,
            PEERS_CONNECTED,
            PEERS_COMPLETE,
            DIRECTORY,
            BASE_PATH,
            LOADED_FILE,
            CREATED,
            STARTED,
            FINISHED,
            SIZE_FILES,
            SIZE_CHUNKS,
            COMPLETED_CHUNKS,
            VIEWS,
            LABEL,
            PRIORITY,
            MULTI_FILE,
            TRACKER_URLS,
            THROTTLE);

    private TorrentFields() {}
}
