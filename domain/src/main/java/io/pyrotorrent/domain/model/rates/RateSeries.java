package io.pyrotorrent.domain.model.rates;

import java.util.List;
import java.util.Objects;

/**
 * The rates of one thing (a target, all targets together, one torrent) over the recent window,
 * oldest first.
 *
 * @param name the target's name, or {@link #TOTAL} for the sum over the caller's targets
 */
public record RateSeries(String name, List<RateSample> samples) {

    /** The name of the series that sums every target the caller may see. */
    public static final String TOTAL = "total";

    public RateSeries {
        Objects.requireNonNull(name, "name");
        samples = List.copyOf(samples);
    }
}
