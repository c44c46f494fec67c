package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TargetAnswer;
import io.pyrotorrent.domain.port.in.SendRequests;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/** Arbitrary typed requests, for the original API's batches: the caller's targets only. */
public final class RequestService implements SendRequests {

    private final Access access;
    private final Executor executor;

    public RequestService(Targets targets, Executor executor) {
        this.access = new Access(targets);
        this.executor = executor;
    }

    @Override
    public List<TargetName> targets(Principal caller) {
        return access.visible(caller);
    }

    @Override
    public Map<TargetName, TargetAnswer> sendAll(Principal caller, Map<TargetName, Request> requests) {
        List<TargetName> asked = List.copyOf(requests.keySet());
        List<TargetAnswer> answers =
                EveryTarget.ask(asked, executor, target -> send(caller, target, requests.get(target)));
        var byTarget = new LinkedHashMap<TargetName, TargetAnswer>();
        for (int i = 0; i < asked.size(); i++) {
            byTarget.put(asked.get(i), answers.get(i));
        }
        return byTarget;
    }

    /** Every failure becomes an answer: one target's never costs another its own. */
    private TargetAnswer send(Principal caller, TargetName target, Request request) {
        try {
            return new TargetAnswer.Answered(access.client(caller, target).send(request));
        } catch (RuntimeException e) {
            return new TargetAnswer.Failed(e);
        }
    }
}
