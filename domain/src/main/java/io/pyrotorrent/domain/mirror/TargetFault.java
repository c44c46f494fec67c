package io.pyrotorrent.domain.mirror;

import io.pyrotorrent.domain.model.ClientFailure;
import java.time.Instant;
import java.util.Objects;

/** Why the mirror could not refresh: the last failure, and since when the target has been failing. */
public record TargetFault(ClientFailure failure, Instant since, Instant last) {
    public TargetFault {
        Objects.requireNonNull(failure, "failure");
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(last, "last");
    }

    /** This fault, or a new one, carried on after another failure at {@code now}. */
    static TargetFault after(TargetFault previous, ClientFailure failure, Instant now) {
        return new TargetFault(failure, previous == null ? now : previous.since, now);
    }
}
