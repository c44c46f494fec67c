package io.pyrotorrent.domain.port.in;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.Snapshot;
import java.util.List;

/**
 * Any ordered request of typed fields and commands to one target the caller may use: for the
 * original pyroTorrent API, whose batches are arbitrary. Only what the field and command tables
 * name can be said, so nothing here reaches rTorrent's execute.*, method.* or import.
 */
public interface SendRequests {

    /** The targets this caller may use, in configuration order. */
    List<TargetName> targets(Principal caller);

    /**
     * One round trip.
     *
     * @throws io.pyrotorrent.domain.model.UnknownTargetException for a target not configured or not the caller's
     * @throws io.pyrotorrent.domain.model.TorrentClientException when the instance fails as a whole
     */
    Snapshot send(Principal caller, TargetName target, Request request);
}
