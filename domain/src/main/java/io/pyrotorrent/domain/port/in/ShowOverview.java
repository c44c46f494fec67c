package io.pyrotorrent.domain.port.in;

import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.listing.Listing;
import io.pyrotorrent.domain.model.overview.Overview;

/** The overview page's question: each instance's status and the torrents of one view. */
public interface ShowOverview {

    /**
     * Each instance the caller may see: its status and one page of the listing: one round trip per instance, instances
     * asked in parallel; a failing one fails in its own section.
     */
    Overview overview(Principal caller, Listing listing);
}
