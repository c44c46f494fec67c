package io.pyrotorrent.domain.model.rates;

import java.time.Instant;
import java.util.Objects;

/** One reading of a download and an upload rate, in bytes per second, at a moment. */
public record RateSample(Instant at, long down, long up) {

    public RateSample {
        Objects.requireNonNull(at, "at");
        if (down < 0 || up < 0) {
            throw new IllegalArgumentException("a rate is never negative: down " + down + ", up " + up);
        }
    }
}
