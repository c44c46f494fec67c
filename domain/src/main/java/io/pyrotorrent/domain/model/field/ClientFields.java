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
    public static final Field<String> CWD = Field.text(CLIENT, "cwd");
    public static final Field<String> LOCAL_ADDRESS = Field.text(CLIENT, "local_address");
    public static final Field<Long> MEMORY_USAGE = Field.number(CLIENT, "memory_usage");
    public static final Field<Long> MEMORY_LIMIT = Field.number(CLIENT, "memory_limit");
    public static final Field<List<String>> VIEWS = Field.textList(CLIENT, "views");
    public static final Field<Long> XMLRPC_SIZE_LIMIT = Field.number(CLIENT, "xmlrpc_size_limit");
    /** Where rTorrent keeps its session, including a copy of each loaded .torrent file. */
    public static final Field<String> SESSION_PATH = Field.text(CLIENT, "session_path");

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
            CWD,
            LOCAL_ADDRESS,
            MEMORY_USAGE,
            MEMORY_LIMIT,
            VIEWS,
            XMLRPC_SIZE_LIMIT,
            SESSION_PATH);

    private ClientFields() {}
}
