package io.pyrotorrent.domain.port.in;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.rates.RateHistories;
import io.pyrotorrent.domain.model.rates.RateSeries;

/**
 * The speed graphs: recent global rates of each target the caller may see and their total, and
 * the recent rates of one torrent. Asking keeps the rates sampled (every 2 s) for a while; nothing
 * is sampled while nobody asks.
 */
public interface ShowRates {

    RateHistories rates(Principal caller);

    /**
     * One torrent's recent rates, named by its hash; asking keeps this torrent sampled even while it
     * is idle (its details are open).
     *
     * @throws io.pyrotorrent.domain.model.UnknownTargetException when the caller may not see the target
     */
    RateSeries torrentRates(Principal caller, TargetName target, InfoHash hash);
}
