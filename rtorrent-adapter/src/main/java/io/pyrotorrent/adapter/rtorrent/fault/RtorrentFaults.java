package io.pyrotorrent.adapter.rtorrent.fault;

import io.pyrotorrent.domain.model.ClientFailure;

/**
 * rTorrent's XML-RPC fault codes, turned into the domain's failures in this one place: the layers
 * above the port match on the type of a {@link ClientFailure}, never on rTorrent's numbers.
 */
public final class RtorrentFaults {

    /**
     * rTorrent 0.9.8's answer when a call's target does not exist: "Could not find info-hash." for
     * an unknown hash, "Invalid index." for a file or tracker index past the last one.
     */
    static final int NOT_FOUND = -501;

    private RtorrentFaults() {}

    /** The failure a fault means; the code and text travel along so a person sees what rTorrent said. */
    public static ClientFailure failure(int faultCode, String faultString) {
        return faultCode == NOT_FOUND
                ? new ClientFailure.NotFound(faultCode, faultString)
                : new ClientFailure.Rejected(faultCode, faultString);
    }
}
