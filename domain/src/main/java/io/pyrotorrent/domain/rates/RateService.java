package io.pyrotorrent.domain.rates;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.rates.RateHistories;
import io.pyrotorrent.domain.model.rates.RateSample;
import io.pyrotorrent.domain.model.rates.RateSeries;
import io.pyrotorrent.domain.port.in.ShowRates;
import io.pyrotorrent.domain.service.Access;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The speed graphs' use case: only targets the caller may see, and a total over exactly those
 * (so another user's traffic never shows in it). Reads memory only; asking keeps the sampler on.
 */
public final class RateService implements ShowRates {

    private final Access access;
    private final RateHistory history;
    private final RateSampler sampler;
    private final Clock clock;

    public RateService(Access access, RateHistory history, RateSampler sampler, Clock clock) {
        this.access = Objects.requireNonNull(access, "access");
        this.history = Objects.requireNonNull(history, "history");
        this.sampler = Objects.requireNonNull(sampler, "sampler");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public RateHistories rates(Principal caller) {
        sampler.looked();
        Instant now = clock.instant();
        var series = new ArrayList<RateSeries>();
        for (TargetName target : access.visible(caller)) {
            series.add(new RateSeries(target.value(), history.target(target, now)));
        }
        return new RateHistories(history.window(), history.period(), total(series), series);
    }

    @Override
    public RateSeries torrentRates(Principal caller, TargetName target, InfoHash hash) {
        access.client(caller, target); // another user's target answers like a missing one
        sampler.watchTorrent(target, hash);
        return new RateSeries(hash.hex(), history.torrent(target, hash, clock.instant()));
    }

    /** Samples of one tick share their instant, so the total adds up what was taken together. */
    private static RateSeries total(List<RateSeries> targets) {
        var sums = new TreeMap<Instant, long[]>();
        for (RateSeries s : targets) {
            for (RateSample sample : s.samples()) {
                long[] sum = sums.computeIfAbsent(sample.at(), at -> new long[2]);
                sum[0] += sample.down();
                sum[1] += sample.up();
            }
        }
        var samples = new ArrayList<RateSample>(sums.size());
        sums.forEach((at, sum) -> samples.add(new RateSample(at, sum[0], sum[1])));
        return new RateSeries(RateSeries.TOTAL, samples);
    }
}
