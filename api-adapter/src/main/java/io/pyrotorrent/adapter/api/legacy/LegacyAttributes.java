package io.pyrotorrent.adapter.api.legacy;

import static io.pyrotorrent.adapter.api.legacy.LegacyType.FILE_REQUESTER;
import static io.pyrotorrent.adapter.api.legacy.LegacyType.PEER_REQUESTER;
import static io.pyrotorrent.adapter.api.legacy.LegacyType.RTORRENT;
import static io.pyrotorrent.adapter.api.legacy.LegacyType.TORRENT;
import static io.pyrotorrent.adapter.api.legacy.LegacyType.TORRENT_REQUESTER;
import static io.pyrotorrent.adapter.api.legacy.LegacyType.TRACKER_REQUESTER;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.FileFields;
import io.pyrotorrent.domain.model.field.PeerFields;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.field.TrackerFields;
import io.pyrotorrent.domain.model.request.Command;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Every name the legacy API knows, and nothing else: the API runs this table and GET /api/attributes
 * prints it. A name maps to a typed field or a domain command, so no request can reach an rTorrent
 * command that is not in the domain's closed list (execute.*, system.*, method.* ...). The command
 * names are printed for callers only; this adapter cannot see the rTorrent adapter's table, so
 * it-tests' LegacyCommandTableTest checks each one against what that adapter really sends.
 */
final class LegacyAttributes {

    static final List<LegacyAttribute> ALL = List.of(
            client(
                    "get_upload_throttle",
                    "throttle.global_up.max_rate",
                    "global upload limit, bytes/s (0 = none)",
                    ClientFields.UP_LIMIT),
            rate(
                    "set_upload_throttle",
                    "throttle.global_up.max_rate.set",
                    "sets the global upload limit, bytes/s (0 = none)",
                    new LegacyMapping.SetRate("SetGlobalUpLimit", Command.SetGlobalUpLimit::new)),
            client(
                    "get_download_throttle",
                    "throttle.global_down.max_rate",
                    "global download limit, bytes/s (0 = none)",
                    ClientFields.DOWN_LIMIT),
            rate(
                    "set_download_throttle",
                    "throttle.global_down.max_rate.set",
                    "sets the global download limit, bytes/s (0 = none)",
                    new LegacyMapping.SetRate("SetGlobalDownLimit", Command.SetGlobalDownLimit::new)),
            client("get_upload_rate", "throttle.global_up.rate", "current upload rate, bytes/s", ClientFields.UP_RATE),
            client(
                    "get_download_rate",
                    "throttle.global_down.rate",
                    "current download rate, bytes/s",
                    ClientFields.DOWN_RATE),
            client(
                    "get_upload_rate_total",
                    "throttle.global_up.total",
                    "bytes uploaded since rTorrent started",
                    ClientFields.UP_TOTAL),
            client(
                    "get_download_rate_total",
                    "throttle.global_down.total",
                    "bytes downloaded since rTorrent started",
                    ClientFields.DOWN_TOTAL),
            client(
                    "get_memory_usage",
                    "pieces.memory.current",
                    "memory used for pieces, bytes",
                    ClientFields.MEMORY_USAGE),
            client(
                    "get_max_memory_usage",
                    "pieces.memory.max",
                    "memory allowed for pieces, bytes",
                    ClientFields.MEMORY_LIMIT),
            client(
                    "get_libtorrent_version",
                    "system.library_version",
                    "libtorrent's version",
                    ClientFields.LIBRARY_VERSION),
            client("get_client_version", "system.client_version", "rTorrent's version", ClientFields.CLIENT_VERSION),
            client("get_hostname", "system.hostname", "the host rTorrent runs on", ClientFields.HOSTNAME),
            client("get_process_id", "system.pid", "rTorrent's process id", ClientFields.PID),
            client("get_cwd", "system.cwd", "rTorrent's working directory", ClientFields.CWD),
            client(
                    "get_ip",
                    "network.local_address",
                    "the address rTorrent reports to trackers",
                    ClientFields.LOCAL_ADDRESS),
            client("get_view_list", "view.list", "the names of all views", ClientFields.VIEWS),
            client(
                    "get_xmlrpc_size_limit",
                    "network.xmlrpc.size_limit",
                    "largest XML-RPC request rTorrent accepts, bytes",
                    ClientFields.XMLRPC_SIZE_LIMIT),
            rate(
                    "set_xmlrpc_size_limit",
                    "network.xmlrpc.size_limit.set",
                    "changes rTorrent's XML-RPC size limit",
                    new LegacyMapping.Unsupported()),
            rate(
                    "add_torrent",
                    "load.normal",
                    "adds a torrent by URL or magnet link, not started",
                    new LegacyMapping.Load(false, false)),
            rate(
                    "add_torrent_start",
                    "load.start",
                    "adds a torrent by URL or magnet link and starts it",
                    new LegacyMapping.Load(false, true)),
            rate(
                    "add_torrent_raw",
                    "load.raw",
                    "adds a base64-encoded .torrent file, not started",
                    new LegacyMapping.Load(true, false)),
            rate(
                    "add_torrent_raw_start",
                    "load.raw_start",
                    "adds a base64-encoded .torrent file and starts it",
                    new LegacyMapping.Load(true, true)),
            torrent("get_name", "d.name", "the torrent's name", TorrentFields.NAME),
            torrent("get_hash", "d.hash", "the info-hash, 40 upper-case hex digits", TorrentFields.HASH),
            torrent(
                    "get_message",
                    "d.message",
                    "the tracker or error message; empty when all is well",
                    TorrentFields.MESSAGE),
            torrent("get_loaded_file", "d.loaded_file", "the .torrent file rTorrent loaded", TorrentFields.LOADED_FILE),
            torrent("get_state", "d.state", "1 when started (also when paused), 0 when stopped", TorrentFields.STATE),
            torrent("get_full_path", "d.base_path", "where the data is, on the rTorrent host", TorrentFields.BASE_PATH),
            torrent("get_size_bytes", "d.size_bytes", "total size, bytes", TorrentFields.SIZE_BYTES),
            torrent(
                    "get_bytes_done",
                    "d.bytes_done",
                    "bytes downloaded, partial chunks included",
                    TorrentFields.BYTES_DONE),
            torrent("get_bytes_left", "d.left_bytes", "bytes still to download", TorrentFields.LEFT_BYTES),
            torrent("get_size_files", "d.size_files", "number of files", TorrentFields.SIZE_FILES),
            torrent("is_complete", "d.complete", "1 when every chunk is there", TorrentFields.COMPLETE),
            torrent("get_download_rate", "d.down.rate", "download rate, bytes/s", TorrentFields.DOWN_RATE),
            torrent("get_download_total", "d.down.total", "bytes downloaded", TorrentFields.DOWN_TOTAL),
            torrent("get_upload_rate", "d.up.rate", "upload rate, bytes/s", TorrentFields.UP_RATE),
            torrent("get_upload_total", "d.up.total", "bytes uploaded", TorrentFields.UP_TOTAL),
            torrent("get_ratio", "d.ratio", "upload/download ratio times 1000", TorrentFields.RATIO),
            torrent("is_hashing", "d.hashing", "1 while a hash check runs", TorrentFields.HASHING),
            torrent("is_hash_checked", "d.is_hash_checked", "1 once the data was checked", TorrentFields.HASH_CHECKED),
            torrent(
                    "is_hash_checking",
                    "d.is_hash_checking",
                    "1 while the data is being checked",
                    TorrentFields.HASH_CHECKING),
            torrent(
                    "hashing_failed",
                    "d.hashing_failed",
                    "1 when the last hash check failed",
                    TorrentFields.HASHING_FAILED),
            torrent("is_active", "d.is_active", "1 when transferring (started and not paused)", TorrentFields.ACTIVE),
            torrent("is_open", "d.is_open", "1 when its files are open", TorrentFields.OPEN),
            torrent("get_views", "d.views", "the views the torrent is in", TorrentFields.VIEWS),
            action("open", "d.open", "opens the torrent's files", "Open", Command.Open::new),
            action("close", "d.close", "closes the torrent's files (it stops too)", "Close", Command.Close::new),
            action("start", "d.start", "starts the torrent", "Start", Command.Start::new),
            action("stop", "d.stop", "stops the torrent", "Stop", Command.Stop::new),
            action("pause", "d.pause", "keeps it started but inactive", "Pause", Command.Pause::new),
            action("resume", "d.resume", "makes a paused torrent active again", "Resume", Command.Resume::new),
            action(
                    "erase",
                    "d.erase",
                    "removes the torrent from rTorrent; the data stays on disk",
                    "Erase",
                    Command.Erase::new),
            action(
                    "perform_hash_check",
                    "d.check_hash",
                    "checks the data against the torrent's hashes",
                    "CheckHash",
                    Command.CheckHash::new),
            read(FILE_REQUESTER, "get_path", "f.path", "path inside the torrent, '/'-separated", FileFields.PATH),
            read(
                    FILE_REQUESTER,
                    "get_path_components",
                    "f.path_components",
                    "path inside the torrent, as a list",
                    FileFields.PATH_COMPONENTS),
            read(FILE_REQUESTER, "get_size_bytes", "f.size_bytes", "file size, bytes", FileFields.SIZE_BYTES),
            read(FILE_REQUESTER, "get_size_chunks", "f.size_chunks", "chunks the file spans", FileFields.SIZE_CHUNKS),
            read(
                    FILE_REQUESTER,
                    "get_completed_chunks",
                    "f.completed_chunks",
                    "chunks of the file that are complete",
                    FileFields.COMPLETED_CHUNKS),
            read(PEER_REQUESTER, "get_address", "p.address", "the peer's IP address", PeerFields.ADDRESS),
            read(PEER_REQUESTER, "get_port", "p.port", "the peer's port", PeerFields.PORT),
            read(
                    PEER_REQUESTER,
                    "get_client_version",
                    "p.client_version",
                    "the peer's client",
                    PeerFields.CLIENT_VERSION),
            read(
                    PEER_REQUESTER,
                    "get_completed_percent",
                    "p.completed_percent",
                    "how much of the torrent the peer has, %",
                    PeerFields.COMPLETED_PERCENT),
            read(PEER_REQUESTER, "get_id", "p.id", "the peer's id", PeerFields.ID),
            read(
                    PEER_REQUESTER,
                    "get_upload_rate",
                    "p.up_rate",
                    "upload rate to the peer, bytes/s",
                    PeerFields.UP_RATE),
            read(
                    PEER_REQUESTER,
                    "get_download_rate",
                    "p.down_rate",
                    "download rate from the peer, bytes/s",
                    PeerFields.DOWN_RATE),
            read(PEER_REQUESTER, "get_upload_total", "p.up_total", "bytes uploaded to the peer", PeerFields.UP_TOTAL),
            read(
                    PEER_REQUESTER,
                    "get_download_total",
                    "p.down_total",
                    "bytes downloaded from the peer",
                    PeerFields.DOWN_TOTAL),
            read(
                    PEER_REQUESTER,
                    "is_encrypted",
                    "p.is_encrypted",
                    "1 when the connection is encrypted",
                    PeerFields.ENCRYPTED),
            read(
                    PEER_REQUESTER,
                    "is_incoming",
                    "p.is_incoming",
                    "1 when the peer connected to us",
                    PeerFields.INCOMING),
            read(
                    PEER_REQUESTER,
                    "is_obfuscated",
                    "p.is_obfuscated",
                    "1 when the handshake is obfuscated",
                    PeerFields.OBFUSCATED),
            read(PEER_REQUESTER, "is_snubbed", "p.is_snubbed", "1 when the peer is snubbed", PeerFields.SNUBBED),

            // The original had no tracker names; these follow its style over the t.* commands.
            read(TRACKER_REQUESTER, "get_url", "t.url", "the tracker's URL", TrackerFields.URL),
            read(TRACKER_REQUESTER, "get_type", "t.type", "1 http, 2 udp, 3 dht", TrackerFields.TYPE),
            read(TRACKER_REQUESTER, "is_enabled", "t.is_enabled", "1 when the tracker is used", TrackerFields.ENABLED),
            read(
                    TRACKER_REQUESTER,
                    "get_scrape_complete",
                    "t.scrape_complete",
                    "seeders, by the last scrape",
                    TrackerFields.SCRAPE_COMPLETE),
            read(
                    TRACKER_REQUESTER,
                    "get_scrape_incomplete",
                    "t.scrape_incomplete",
                    "leechers, by the last scrape",
                    TrackerFields.SCRAPE_INCOMPLETE),
            read(
                    TRACKER_REQUESTER,
                    "get_scrape_downloaded",
                    "t.scrape_downloaded",
                    "completed downloads, by the last scrape",
                    TrackerFields.SCRAPE_DOWNLOADED));

    private LegacyAttributes() {}

    static Optional<LegacyAttribute> find(LegacyType type, String name) {
        return ALL.stream()
                .filter(a -> a.types().contains(type) && a.name().equals(name))
                .findFirst();
    }

    /** The element types that do know this name, for a refusal that helps. */
    static List<String> typesKnowing(String name) {
        return ALL.stream()
                .filter(a -> a.name().equals(name))
                .flatMap(a -> a.types().stream())
                .distinct()
                .sorted()
                .map(LegacyType::wireName)
                .toList();
    }

    private static LegacyAttribute client(String name, String command, String description, Field<?> field) {
        return read(RTORRENT, name, command, description, field);
    }

    private static LegacyAttribute rate(String name, String command, String description, LegacyMapping mapping) {
        return new LegacyAttribute(name, Set.of(RTORRENT), command, description, mapping);
    }

    /** Torrent getters work on one torrent and on every torrent of a view. */
    private static LegacyAttribute torrent(String name, String command, String description, Field<?> field) {
        return new LegacyAttribute(
                name, Set.of(TORRENT, TORRENT_REQUESTER), command, description, new LegacyMapping.Read(field));
    }

    /** Actions only on one torrent: a requester would run them on a whole view at once. */
    private static LegacyAttribute action(
            String name,
            String command,
            String description,
            String commandName,
            Function<InfoHash, Command> toCommand) {
        return new LegacyAttribute(
                name, Set.of(TORRENT), command, description, new LegacyMapping.TorrentAction(commandName, toCommand));
    }

    private static LegacyAttribute read(
            LegacyType type, String name, String command, String description, Field<?> field) {
        return new LegacyAttribute(name, Set.of(type), command, description, new LegacyMapping.Read(field));
    }
}
