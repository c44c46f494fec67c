package io.pyrotorrent.domain.model.request;

import java.util.List;
import java.util.Objects;

/** rTorrent's answer to one {@link Request}: one outcome per step, in step order. */
public record Snapshot(List<Outcome<?>> outcomes) {

    public Snapshot {
        outcomes = List.copyOf(Objects.requireNonNull(outcomes, "outcomes"));
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
