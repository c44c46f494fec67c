package io.pyrotorrent.adapter.rtorrent;

import java.util.Map;

/** One XML-RPC call inside a system.multicall. */
record Call(String method, Object... params) {

    /** The struct system.multicall expects for this call. */
    Map<String, Object> asMulticallEntry() {
        return Map.of("methodName", method, "params", params);
    }
}
