package io.pyrotorrent.domain.port.in;

import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.overview.Overview;

/** The overview page's question: each instance's status and the torrents of one view. */
public interface ShowOverview {

    /** One round trip per instance, instances asked in parallel; a failing one fails alone. */
    Overview overview(ViewName view);
}
