package io.pyrotorrent.adapter.rtorrent.plan;

import io.pyrotorrent.domain.model.request.Outcome;
import java.util.List;
import java.util.function.Function;

/**
 * A request step as rTorrent calls: the calls to put in the system.multicall, and how to turn
 * their raw results (one per call, each a value or a fault) back into the step's outcome.
 */
public record PlannedStep(List<Call> calls, Function<List<Object>, Outcome<?>> decoder) {

    public PlannedStep {
        calls = List.copyOf(calls);
    }
}
