package io.pyrotorrent.adapter.rtorrent.fault;

import io.pyrotorrent.domain.model.ClientFailure;

/**
 * rTorrent's fault codes (XML-RPC faults and JSON-RPC errors), turned into the domain's failures in this one place: the layers
 * above the port match on the type of a {@link ClientFailure}, never on rTorrent's numbers.
 */
public final class RtorrentFaults {

    /**
     * rTorrent 0.9.8's answer when a call's target does not exist: "Could not find info-hash." for
     * an unknown hash, "Invalid index." for a file or tracker index past the last one.
     */
    static final int NOT_FOUND = -501;

    /**
     * rTorrent 0.16 says "invalid parameters: info-hash not found" (or "index not found") where
     * 0.9.8 said -501, with -503 over XML-RPC and -32602 over JSON-RPC; both codes also carry
     * other refusals ("Could not find view."), so only the text tells a missing target apart.
     */
    static final int INVALID_PARAMS = -503;

    static final int JSON_INVALID_PARAMS = -32602;

    private RtorrentFaults() {}

    /** The failure a fault means; the code and text travel along so a person sees what rTorrent said. */
    public static ClientFailure failure(int faultCode, String faultString) {
        boolean notFound = faultCode == NOT_FOUND
                || ((faultCode == INVALID_PARAMS || faultCode == JSON_INVALID_PARAMS)
                        && faultString.startsWith("invalid parameters: ")
                        && faultString.endsWith(" not found"));
        return notFound
                ? new ClientFailure.NotFound(faultCode, faultString)
                : new ClientFailure.Rejected(faultCode, faultString);
    }
}
