package io.pyrotorrent.adapter.api.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import io.pyrotorrent.adapter.api.http.QueryParams;
import java.util.List;
import java.util.Optional;

/** One element of a legacy request, as sent: well-formed JSON, not yet checked for meaning. */
record LegacyElement(
        int index, String type, String target, Optional<String> hash, Optional<String> view, List<Call> calls) {

    /** One [name, [arguments]] pair. */
    record Call(String name, List<JsonNode> args) {
        Call {
            args = List.copyOf(args);
        }
    }

    LegacyElement {
        calls = List.copyOf(calls);
    }

    /** How messages name this element: "request[2] (torrent)". */
    String where() {
        return "request[" + index + "] (" + QueryParams.abbreviate(type) + ")";
    }
}
