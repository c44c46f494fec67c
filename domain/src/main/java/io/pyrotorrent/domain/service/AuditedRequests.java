package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.Step;
import io.pyrotorrent.domain.model.request.TargetAnswer;
import io.pyrotorrent.domain.port.in.SendRequests;
import io.pyrotorrent.domain.port.out.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The original API's batches can hold commands among their reads: those land in the audit log
 * like any other change, each with its own outcome. Batches of reads only leave no trace.
 */
public final class AuditedRequests implements SendRequests {

    private final SendRequests requests;
    private final AuditTrail trail;

    public AuditedRequests(SendRequests requests, AuditLog log, Clock clock) {
        this.requests = requests;
        this.trail = new AuditTrail(log, clock);
    }

    @Override
    public List<TargetName> targets(Principal caller) {
        return requests.targets(caller);
    }

    @Override
    public Map<TargetName, TargetAnswer> sendAll(Principal caller, Map<TargetName, Request> asked) {
        Instant at = trail.now();
        Map<TargetName, TargetAnswer> answers = requests.sendAll(caller, asked);
        asked.forEach((target, request) -> {
            var changes = changes(request, answers.get(target));
            if (!changes.isEmpty()) {
                trail.record(at, caller, target, changes);
            }
        });
        return answers;
    }

    private static List<AuditTrail.Change> changes(Request request, TargetAnswer answer) {
        var changes = new ArrayList<AuditTrail.Change>();
        List<Step<?>> steps = request.steps();
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i) instanceof Command command) {
                String result;
                if (answer instanceof TargetAnswer.Answered answered) {
                    result = AuditTrail.result(answered.snapshot().outcomes().get(i));
                } else if (answer instanceof TargetAnswer.Failed failed) {
                    result = AuditTrail.failed(failed.failure());
                } else {
                    result = "failed: no answer";
                }
                changes.add(
                        new AuditTrail.Change(CommandWords.action(command), CommandWords.torrents(command), result));
            }
        }
        return changes;
    }
}
