package io.pyrotorrent.adapter.rtorrent.plan;

import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.FileFields;
import io.pyrotorrent.domain.model.field.PeerFields;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.field.TrackerFields;
import io.pyrotorrent.domain.model.settings.Setting;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The one table from domain fields to rTorrent 0.9.8 getter commands (all verified present in
 * {@code system.listMethods}). Only these getters and the setters in {@link StepPlanner} are ever
 * sent: nothing from outside names an rTorrent command directly.
 */
final class CommandTable {

    private static final Map<Field<?>, String> GETTERS = new IdentityHashMap<>();

    static {
        put(ClientFields.UP_RATE, "throttle.global_up.rate");
        put(ClientFields.DOWN_RATE, "throttle.global_down.rate");
        put(ClientFields.UP_TOTAL, "throttle.global_up.total");
        put(ClientFields.DOWN_TOTAL, "throttle.global_down.total");
        put(ClientFields.UP_LIMIT, "throttle.global_up.max_rate");
        put(ClientFields.DOWN_LIMIT, "throttle.global_down.max_rate");
        put(ClientFields.CLIENT_VERSION, "system.client_version");
        put(ClientFields.LIBRARY_VERSION, "system.library_version");
        put(ClientFields.API_VERSION, "system.api_version");
        put(ClientFields.HOSTNAME, "system.hostname");
        put(ClientFields.PID, "system.pid");
        put(ClientFields.TIME, "system.time");
        put(ClientFields.CWD, "system.cwd");
        put(ClientFields.LOCAL_ADDRESS, "network.local_address");
        put(ClientFields.MEMORY_USAGE, "pieces.memory.current");
        put(ClientFields.MEMORY_LIMIT, "pieces.memory.max");
        put(ClientFields.VIEWS, "view.list");
        put(ClientFields.XMLRPC_SIZE_LIMIT, "network.xmlrpc.size_limit");
        put(ClientFields.SESSION_PATH, "session.path");
        put(ClientFields.MAX_PEERS, "throttle.max_peers.normal");
        put(ClientFields.MAX_PEERS_SEED, "throttle.max_peers.seed");
        put(ClientFields.MAX_UPLOADS, "throttle.max_uploads");
        put(ClientFields.MAX_UPLOADS_GLOBAL, "throttle.max_uploads.global");
        put(ClientFields.MAX_DOWNLOADS_GLOBAL, "throttle.max_downloads.global");
        put(ClientFields.PORT_RANGE, "network.port_range");
        put(ClientFields.PORT_RANDOM, "network.port_random");
        put(ClientFields.PEX, "protocol.pex");
        put(ClientFields.UDP_TRACKERS, "trackers.use_udp");
        put(ClientFields.HASH_ON_COMPLETION, "pieces.hash.on_completion");
        put(ClientFields.DEFAULT_DIRECTORY, "directory.default");

        put(TorrentFields.HASH, "d.hash");
        put(TorrentFields.NAME, "d.name");
        put(TorrentFields.SIZE_BYTES, "d.size_bytes");
        put(TorrentFields.COMPLETED_BYTES, "d.completed_bytes");
        put(TorrentFields.BYTES_DONE, "d.bytes_done");
        put(TorrentFields.LEFT_BYTES, "d.left_bytes");
        put(TorrentFields.COMPLETE, "d.complete");
        put(TorrentFields.STATE, "d.state");
        put(TorrentFields.OPEN, "d.is_open");
        put(TorrentFields.ACTIVE, "d.is_active");
        put(TorrentFields.HASHING, "d.hashing");
        put(TorrentFields.HASH_CHECKING, "d.is_hash_checking");
        put(TorrentFields.HASH_CHECKED, "d.is_hash_checked");
        put(TorrentFields.HASHING_FAILED, "d.hashing_failed");
        put(TorrentFields.MESSAGE, "d.message");
        put(TorrentFields.UP_RATE, "d.up.rate");
        put(TorrentFields.DOWN_RATE, "d.down.rate");
        put(TorrentFields.UP_TOTAL, "d.up.total");
        put(TorrentFields.DOWN_TOTAL, "d.down.total");
        put(TorrentFields.RATIO, "d.ratio");
        put(TorrentFields.PEERS_CONNECTED, "d.peers_connected");
        put(TorrentFields.PEERS_COMPLETE, "d.peers_complete");
        put(TorrentFields.DIRECTORY, "d.directory");
        put(TorrentFields.BASE_PATH, "d.base_path");
        put(TorrentFields.LOADED_FILE, "d.loaded_file");
        put(TorrentFields.CREATED, "d.creation_date");
        put(TorrentFields.STARTED, "d.timestamp.started");
        put(TorrentFields.FINISHED, "d.timestamp.finished");
        put(TorrentFields.SIZE_FILES, "d.size_files");
        put(TorrentFields.SIZE_CHUNKS, "d.size_chunks");
        put(TorrentFields.COMPLETED_CHUNKS, "d.completed_chunks");
        put(TorrentFields.VIEWS, "d.views");
        put(TorrentFields.LABEL, "d.custom1");
        put(TorrentFields.PRIORITY, "d.priority");
        put(TorrentFields.MULTI_FILE, "d.is_multi_file");
        // Not a d.* getter: the torrent's own t.multicall with an empty filter and t.url= per
        // tracker, answered as one list of one-element lists (tried on 0.9.8 inside d.multicall2).
        put(TorrentFields.TRACKER_URLS, "t.multicall");
        put(TorrentFields.THROTTLE, "d.throttle_name");

        put(FileFields.PATH, "f.path");
        put(FileFields.PATH_COMPONENTS, "f.path_components");
        put(FileFields.SIZE_BYTES, "f.size_bytes");
        put(FileFields.SIZE_CHUNKS, "f.size_chunks");
        put(FileFields.COMPLETED_CHUNKS, "f.completed_chunks");
        put(FileFields.PRIORITY, "f.priority");

        put(PeerFields.ADDRESS, "p.address");
        put(PeerFields.PORT, "p.port");
        put(PeerFields.CLIENT_VERSION, "p.client_version");
        put(PeerFields.ENCRYPTED, "p.is_encrypted");
        put(PeerFields.INCOMING, "p.is_incoming");
        put(PeerFields.OBFUSCATED, "p.is_obfuscated");
        put(PeerFields.SNUBBED, "p.is_snubbed");
        put(PeerFields.COMPLETED_PERCENT, "p.completed_percent");
        put(PeerFields.DOWN_RATE, "p.down_rate");
        put(PeerFields.UP_RATE, "p.up_rate");
        put(PeerFields.DOWN_TOTAL, "p.down_total");
        put(PeerFields.UP_TOTAL, "p.up_total");
        put(PeerFields.ID, "p.id");

        put(TrackerFields.URL, "t.url");
        put(TrackerFields.TYPE, "t.type");
        put(TrackerFields.ENABLED, "t.is_enabled");
        put(TrackerFields.SCRAPE_COMPLETE, "t.scrape_complete");
        put(TrackerFields.SCRAPE_INCOMPLETE, "t.scrape_incomplete");
        put(TrackerFields.SCRAPE_DOWNLOADED, "t.scrape_downloaded");
    }

    /**
     * The setters of the settings pyroTorrent may change: a closed enum, so a caller picks a
     * setting, never a command. Same names on 0.9.8 and 0.16 (both listed by system.listMethods,
     * tried); 0.16 accepts trackers.use_udp.set but ignores it, which the read-back reports.
     */
    private static final Map<Setting, String> SETTERS = new EnumMap<>(Setting.class);

    static {
        SETTERS.put(Setting.MAX_PEERS, "throttle.max_peers.normal.set");
        SETTERS.put(Setting.MAX_PEERS_SEED, "throttle.max_peers.seed.set");
        SETTERS.put(Setting.MAX_UPLOADS, "throttle.max_uploads.set");
        SETTERS.put(Setting.MAX_UPLOADS_GLOBAL, "throttle.max_uploads.global.set");
        SETTERS.put(Setting.MAX_DOWNLOADS_GLOBAL, "throttle.max_downloads.global.set");
        SETTERS.put(Setting.PORT_RANGE, "network.port_range.set");
        SETTERS.put(Setting.PORT_RANDOM, "network.port_random.set");
        SETTERS.put(Setting.DHT, "dht.mode.set");
        SETTERS.put(Setting.PEX, "protocol.pex.set");
        SETTERS.put(Setting.UDP_TRACKERS, "trackers.use_udp.set");
        SETTERS.put(Setting.ENCRYPTION, "protocol.encryption.set");
        SETTERS.put(Setting.PIECES_MEMORY, "pieces.memory.max.set");
        SETTERS.put(Setting.HASH_ON_COMPLETION, "pieces.hash.on_completion.set");
        SETTERS.put(Setting.DEFAULT_DIRECTORY, "directory.default.set");
    }

    private CommandTable() {}

    /** The setter of a setting, e.g. "throttle.max_peers.normal.set". */
    static String setter(Setting setting) {
        String command = SETTERS.get(setting);
        if (command == null) {
            throw new IllegalStateException("no rTorrent setter for " + setting);
        }
        return command;
    }

    private static void put(Field<?> field, String command) {
        GETTERS.put(field, command);
    }

    /** The getter for a field, e.g. "d.name". */
    static String getter(Field<?> field) {
        String command = GETTERS.get(field);
        if (command == null) {
            throw new IllegalStateException("no rTorrent command for " + field);
        }
        return command;
    }

    /** The getter as a multicall argument, e.g. "d.name=". */
    static String multicallArgument(Field<?> field) {
        if (field == TorrentFields.TRACKER_URLS) {
            return TRACKER_URLS_GETTER + "=," + TRACKER_URL_ARGUMENT;
        }
        return getter(field) + "=";
    }

    /** The parameters of the getter called on its own: the target, and for tracker URLs the t.multicall's. */
    static Object[] parameters(Field<?> field, String target) {
        if (field == TorrentFields.TRACKER_URLS) {
            return new Object[] {target, "", TRACKER_URL_ARGUMENT};
        }
        return new Object[] {target};
    }

    private static final String TRACKER_URLS_GETTER = "t.multicall";
    private static final String TRACKER_URL_ARGUMENT = "t.url=";

    static int size() {
        return GETTERS.size();
    }
}
