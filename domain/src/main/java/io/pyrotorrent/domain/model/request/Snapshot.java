package io.pyrotorrent.domain.model.request;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * rTorrent's answer to one {@link Request}: one outcome per step, in step order.
 *
 * @param keptFrom present when the answer came from rows a mirror kept through an idle spell
 *     (only to a request that {@link Request#acceptsKept() accepts them}): when their moving
 *     values were last read; a read that brings them up to date is under way
 */
public record Snapshot(List<Outcome<?>> outcomes, Optional<Instant> keptFrom) {

    public Snapshot {
        outcomes = List.copyOf(Objects.requireNonNull(outcomes, "outcomes"));
        Objects.requireNonNull(keptFrom, "keptFrom");
    }

    /** An answer of current values. */
    public Snapshot(List<Outcome<?>> outcomes) {
        this(outcomes, Optional.empty());
    }

    @SuppressWarnings("unchecked")
    public <R> Outcome<R> outcome(Ref<R> ref) {
        if (ref.index() >= outcomes.size()) {
            throw new IllegalArgumentException(
                    "step " + ref.index() + " is not in this snapshot of " + outcomes.size() + " steps");
        }
        return (Outcome<R>) outcomes.get(ref.index());
    }

    /** The step's value; its failure, if it failed alone, as a TorrentClientException. */
    public <R> R get(Ref<R> ref) {
        return outcome(ref).orThrow();
    }
}
