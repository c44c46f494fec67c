package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.Snapshot;
import io.pyrotorrent.domain.port.in.SendRequests;
import java.util.List;

/** Arbitrary typed requests, for the original API's batches: the caller's targets only. */
public final class RequestService implements SendRequests {

    private final Access access;

    public RequestService(Targets targets) {
        this.access = new Access(targets);
    }

    @Override
    public List<TargetName> targets(Principal caller) {
        return access.visible(caller);
    }

    @Override
    public Snapshot send(Principal caller, TargetName target, Request request) {
        return access.client(caller, target).send(request);
    }
}
