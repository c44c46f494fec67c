package io.pyrotorrent.domain.port.in;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TargetAnswer;
import java.util.List;
import java.util.Map;

/**
 * Any ordered requests of typed fields and commands to the targets the caller may use: for the
 * original pyroTorrent API, whose batches are arbitrary. Only what the field and command tables
 * name can be said, so nothing here reaches rTorrent's execute.*, method.* or import.
 */
public interface SendRequests {

    /** The targets this caller may use, in configuration order. */
    List<TargetName> targets(Principal caller);

    /**
     * Each target's request in one round trip to it, the targets asked in parallel: one slow or
     * dead target never holds up or blanks the others. A target not configured or not the
     * caller's answers {@link TargetAnswer.Failed} with an UnknownTargetException, like a dead one
     * with its TorrentClientException.
     *
     * @return an answer for every target asked, in the order given
     */
    Map<TargetName, TargetAnswer> sendAll(Principal caller, Map<TargetName, Request> requests);
}
