package io.pyrotorrent.adapter.api.auth;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.UnknownTargetException;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TargetAnswer;
import io.pyrotorrent.domain.port.in.SendRequests;
import java.util.List;
import java.util.Map;

/**
 * Target names as callers write them. The use cases decide who may use what; this only answers
 * early (before a body is read) for a name the caller cannot use, exactly as for one that does
 * not exist, so nobody learns the names of instances they cannot see.
 */
public final class VisibleTargets {

    private final SendRequests requests;

    public VisibleTargets(SendRequests requests) {
        this.requests = requests;
    }

    public TargetName require(Principal caller, String name) {
        TargetName target;
        try {
            target = TargetName.of(name);
        } catch (IllegalArgumentException notAName) {
            throw new UnknownTargetException(name);
        }
        if (!requests.targets(caller).contains(target)) {
            throw new UnknownTargetException(name);
        }
        return target;
    }

    /** Each target's request at once; see {@link SendRequests#sendAll}. */
    public Map<TargetName, TargetAnswer> sendAll(Principal caller, Map<TargetName, Request> batch) {
        return requests.sendAll(caller, batch);
    }

    public List<TargetName> all(Principal caller) {
        return requests.targets(caller);
    }
}
