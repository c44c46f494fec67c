package io.pyrotorrent.domain.model.request;

import io.pyrotorrent.domain.model.field.Columns;

/** A read: which fields of which client, torrents, files, peers or trackers. */
public sealed interface Query<R> extends Step<R>
        permits ClientQuery, TorrentListQuery, TorrentQuery, FileListQuery, PeerListQuery, TrackerListQuery {

    /** The fields asked, in order; the rows of the answer have exactly these. */
    Columns columns();
}
