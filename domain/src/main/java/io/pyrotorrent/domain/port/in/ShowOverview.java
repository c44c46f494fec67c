package io.pyrotorrent.domain.port.in;

import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.listing.Listing;
import io.pyrotorrent.domain.model.overview.Overview;
import io.pyrotorrent.domain.model.overview.TargetSection;

/** The overview page's question: each instance's status and the torrents of one view. */
public interface ShowOverview {

    /**
     * Each instance the caller may see: its status and one page of the listing: one round trip per instance, instances
     * asked in parallel; a failing one fails in its own section.
     */
    Overview overview(Principal caller, Listing listing);

    /**
     * {@link #overview}, for a page that updates itself: an instance whose mirror rests after an
     * idle spell answers at once from the rows it kept, marked ({@link TargetSection.Loaded#keptFrom()}),
     * while the read that brings them up to date runs.
     */
    default Overview overviewAtOnce(Principal caller, Listing listing) {
        return overview(caller, listing);
    }
}
