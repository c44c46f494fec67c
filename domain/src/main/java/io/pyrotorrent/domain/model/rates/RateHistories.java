package io.pyrotorrent.domain.model.rates;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * The header's speed graph: each target the caller may see, and their total, over {@code window}.
 *
 * @param period how far apart the samples are meant to be (gaps mean nobody was watching)
 */
public record RateHistories(Duration window, Duration period, RateSeries total, List<RateSeries> targets) {

    public RateHistories {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(total, "total");
        targets = List.copyOf(targets);
    }
}
