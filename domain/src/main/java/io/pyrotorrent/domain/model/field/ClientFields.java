package io.pyrotorrent.domain.model.field;

import static io.pyrotorrent.domain.model.field.Scope.CLIENT;

import java.util.List;

/** Values about an rTorrent instance as a whole. Rates and limits are bytes per second. */
public final class ClientFields {

    public static final Field<Long> UP_RATE = Field.number(CLIENT, "up_rate");
    public static final Field<Long> DOWN_RATE = Field.number(CLIENT, "down_rate");
    public static final Field<Long> UP_TOTAL = Field.number(CLIENT, "up_total");
    public static final Field<Long> DOWN_TOTAL = Field.number(CLIENT, "down_total");
    /** 0 means unlimited. */
    public static final Field<Long> UP_LIMIT = Field.number(CLIENT, "up_limit");
    /** 0 means unlimited. */
    public static final Field<Long> DOWN_LIMIT = Field.number(CLIENT, "down_limit");

    public static final Field<String> CLIENT_VERSION = Field.text(CLIENT, "client_version");
    public static final Field<String> LIBRARY_VERSION = Field.text(CLIENT, "library_version");
    /** rTorrent answers this one as a string ("10"). */
    public static final Field<String> API_VERSION = Field.text(CLIENT, "api_version");

    public static final Field<String> HOSTNAME = Field.text(CLIENT, "hostname");
    public static final Field<Long> PID = Field.number(CLIENT, "pid");
    /** rTorrent's clock, in seconds since the epoch: what {@code d.load_date} is compared with. */
    public static final Field<Long> TIME = Field.number(CLIENT, "time");

    public static final Field<String> CWD = Field.text(CLIENT, "cwd");
    public static final Field<String> LOCAL_ADDRESS = Field.text(CLIENT, "local_address");
    public static final Field<Long> MEMORY_USAGE = Field.number(CLIENT, "memory_usage");
    public static final Field<Long> MEMORY_LIMIT = Field.number(CLIENT, "memory_limit");
    public static final Field<List<String>> VIEWS = Field.textList(CLIENT, "views");
    public static final Field<Long> XMLRPC_SIZE_LIMIT = Field.number(CLIENT, "xmlrpc_size_limit");
    /** Where rTorrent keeps its session, including a copy of each loaded .torrent file. */
    public static final Field<String> SESSION_PATH = Field.text(CLIENT, "session_path");

    // Client settings (io.pyrotorrent.domain.model.settings.Setting says which is which).
    public static final Field<Long> MAX_PEERS = Field.number(CLIENT, "max_peers");
    /** -1 means "as for downloading torrents". */
    public static final Field<Long> MAX_PEERS_SEED = Field.number(CLIENT, "max_peers_seed");

    public static final Field<Long> MAX_UPLOADS = Field.number(CLIENT, "max_uploads");
    /** 0 means unlimited. */
    public static final Field<Long> MAX_UPLOADS_GLOBAL = Field.number(CLIENT, "max_uploads_global");
    /** 0 means unlimited. */
    public static final Field<Long> MAX_DOWNLOADS_GLOBAL = Field.number(CLIENT, "max_downloads_global");

    public static final Field<String> PORT_RANGE = Field.text(CLIENT, "port_range");
    public static final Field<Boolean> PORT_RANDOM = Field.flag(CLIENT, "port_random");
    public static final Field<Boolean> PEX = Field.flag(CLIENT, "pex");
    public static final Field<Boolean> UDP_TRACKERS = Field.flag(CLIENT, "udp_trackers");
    public static final Field<Boolean> HASH_ON_COMPLETION = Field.flag(CLIENT, "hash_on_completion");
    public static final Field<String> DEFAULT_DIRECTORY = Field.text(CLIENT, "default_directory");

    public static final List<Field<?>> ALL = List.of(
            UP_RATE,
            DOWN_RATE,
            UP_TOTAL,
            DOWN_TOTAL,
            UP_LIMIT,
            DOWN_LIMIT,
            CLIENT_VERSION,
            LIBRARY_VERSION,
            API_VERSION,
            HOSTNAME,
            PID,
            TIME,
            CWD,
            LOCAL_ADDRESS,
            MEMORY_USAGE,
            MEMORY_LIMIT,
            VIEWS,
            XMLRPC_SIZE_LIMIT,
            SESSION_PATH,
            MAX_PEERS,
            MAX_PEERS_SEED,
            MAX_UPLOADS,
            MAX_UPLOADS_GLOBAL,
            MAX_DOWNLOADS_GLOBAL,
            PORT_RANGE,
            PORT_RANDOM,
            PEX,
            UDP_TRACKERS,
            HASH_ON_COMPLETION,
            DEFAULT_DIRECTORY);

    private ClientFields() {}
}
