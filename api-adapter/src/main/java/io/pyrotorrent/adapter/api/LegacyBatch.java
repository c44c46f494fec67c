package io.pyrotorrent.adapter.api;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.Snapshot;
import io.pyrotorrent.domain.port.out.TorrentFileFetcher;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * Runs a legacy request: every element of one target goes into ONE request to it, in element order,
 * so rTorrent sees one round trip; different targets are asked in parallel. Each element answers at
 * its own index, an error object when it failed.
 */
final class LegacyBatch {

    private final VisibleTargets targets;
    private final Executor executor;
    private final TorrentFileFetcher fetcher;

    LegacyBatch(VisibleTargets targets, Executor executor, TorrentFileFetcher fetcher) {
        this.targets = targets;
        this.executor = executor;
        this.fetcher = fetcher;
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
        TorrentFileFetcher requestFetcher = fetcher.forOneRequest();
        for (LegacyElement element : elements) {
            try {
                TargetName target = targets.require(caller, element.target());
                LegacyPlan plan = LegacyPlanner.plan(element, requestFetcher);
                TargetCall call = calls.computeIfAbsent(target, t -> new TargetCall());
                plan.addTo(call.request);
                call.indexes.add(element.index());
                call.plans.add(plan);
            } catch (RuntimeException e) {
                answers[element.index()] =
                        ErrorMapping.of(e).at(element.where()).body();
            }
        }
        var running = new ArrayList<CompletableFuture<Void>>();
        for (Map.Entry<TargetName, TargetCall> entry : calls.entrySet()) {
            TargetCall call = entry.getValue();
            running.add(CompletableFuture.runAsync(() -> answer(caller, entry.getKey(), call, answers), executor));
        }
        running.forEach(CompletableFuture::join);
        ArrayNode result = Json.array();
        for (JsonNode answer : answers) {
            result.add(answer);
        }
        return result;
    }

    /** Sends one target's request (unless all its elements asked nothing) and fills in their answers. */
    private void answer(Principal caller, TargetName target, TargetCall call, JsonNode[] answers) {
        Snapshot snapshot = null;
        ApiError failure = null;
        if (!call.request.isEmpty()) {
            try {
                snapshot = targets.send(caller, target, call.request.build());
            } catch (RuntimeException e) {
                failure = ErrorMapping.of(e);
            }
        }
        for (int i = 0; i < call.plans.size(); i++) {
            LegacyPlan plan = call.plans.get(i);
            answers[call.indexes.get(i)] = failure != null
                    ? plan.failed(failure)
                    : snapshot == null || !plan.hasSteps() ? Json.object() : plan.answer(snapshot);
        }
    }
}
