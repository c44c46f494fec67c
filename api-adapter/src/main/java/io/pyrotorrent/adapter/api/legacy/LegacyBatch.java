package io.pyrotorrent.adapter.api.legacy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.pyrotorrent.adapter.api.auth.VisibleTargets;
import io.pyrotorrent.adapter.api.http.ApiError;
import io.pyrotorrent.adapter.api.http.ErrorMapping;
import io.pyrotorrent.adapter.api.http.Json;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TargetAnswer;
import io.pyrotorrent.domain.port.in.AddTorrents;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs a legacy request: every element of one target goes into ONE request to it, in element order,
 * so rTorrent sees one round trip; the use case asks the targets in parallel. Each element answers
 * at its own index, an error object when it failed.
 */
final class LegacyBatch {

    private final VisibleTargets targets;
    private final AddTorrents add;

    LegacyBatch(VisibleTargets targets, AddTorrents add) {
        this.targets = targets;
        this.add = add;
    }

    /** One target's request being built, and the plans whose steps are in it. */
    private static final class TargetCall {
        final Request.Builder request = Request.builder();
        final List<Integer> indexes = new ArrayList<>();
        final List<LegacyPlan> plans = new ArrayList<>();
    }

    ArrayNode run(Principal caller, List<LegacyElement> elements) {
        var answers = new JsonNode[elements.size()];
        var calls = new LinkedHashMap<TargetName, TargetCall>();
        // The URLs of all elements share one fetch deadline: a request may carry 100 of them.
        AddTorrents.UrlFetches fetches = add.fetchesForOneRequest();
        for (LegacyElement element : elements) {
            try {
                TargetName target = targets.require(caller, element.target());
                LegacyPlan plan = LegacyPlanner.plan(element, fetches);
                TargetCall call = calls.computeIfAbsent(target, t -> new TargetCall());
                plan.addTo(call.request);
                call.indexes.add(element.index());
                call.plans.add(plan);
            } catch (RuntimeException e) {
                answers[element.index()] =
                        ErrorMapping.of(e).at(element.where()).body();
            }
        }
        // Targets whose elements all asked nothing are not asked at all.
        var requests = new LinkedHashMap<TargetName, Request>();
        calls.forEach((target, call) -> {
            if (!call.request.isEmpty()) {
                requests.put(target, call.request.build());
            }
        });
        Map<TargetName, TargetAnswer> sent = requests.isEmpty() ? Map.of() : targets.sendAll(caller, requests);
        calls.forEach((target, call) -> answer(call, sent.get(target), answers));
        ArrayNode result = Json.array();
        for (JsonNode answer : answers) {
            result.add(answer);
        }
        return result;
    }

    /** Fills in the answers of one target's elements; {@code sent} is null when it was not asked. */
    private static void answer(TargetCall call, TargetAnswer sent, JsonNode[] answers) {
        ApiError failure = sent instanceof TargetAnswer.Failed failed ? ErrorMapping.of(failed.failure()) : null;
        for (int i = 0; i < call.plans.size(); i++) {
            LegacyPlan plan = call.plans.get(i);
            answers[call.indexes.get(i)] = failure != null
                    ? plan.failed(failure)
                    : sent instanceof TargetAnswer.Answered answered && plan.hasSteps()
                            ? plan.answer(answered.snapshot())
                            : Json.object();
        }
    }
}
