package io.pyrotorrent.adapter.rtorrent.plan;

import java.util.Map;

/** One XML-RPC call inside a system.multicall. */
public record Call(String method, Object... params) {

    /** The struct system.multicall expects for this call. */
    public Map<String, Object> asMulticallEntry() {
        return Map.of("methodName", method, "params", params);
    }
}
