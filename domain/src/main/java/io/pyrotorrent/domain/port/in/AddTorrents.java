package io.pyrotorrent.domain.port.in;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.add.AddOptions;
import io.pyrotorrent.domain.model.add.AddResult;
import io.pyrotorrent.domain.model.add.NamedSource;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.request.TorrentSource;
import java.util.List;

/**
 * Adds .torrent files, URLs and magnet links. URLs are fetched by pyroTorrent (with the fetcher's
 * safety rules), files are checked before rTorrent sees them (it silently drops what it cannot
 * load); everything that passes goes to rTorrent in one round trip.
 */
public interface AddTorrents {

    /** One result per source, in order; a bad one never stops the others. */
    List<AddResult> add(Principal caller, TargetName target, List<NamedSource> sources, AddOptions options);

    /**
     * Fetches for one user request: the URLs fetched through it share that request's total
     * deadline, so a request carrying 100 slow URLs cannot hold a thread for 100 deadlines.
     */
    UrlFetches fetchesForOneRequest();

    /** The .torrent file one URL points at, as a request of its own would fetch it. */
    default TorrentSource.FileBytes fetch(TorrentSource.Url url) {
        return fetchesForOneRequest().fetch(url);
    }

    /**
     * Fetches and checks a URL's .torrent file exactly as {@link #add} does, for a caller that
     * sends it in a request of its own (the original API's load commands).
     */
    interface UrlFetches {

        /** @throws IllegalArgumentException naming why the URL was refused or its file is unreadable */
        TorrentSource.FileBytes fetch(TorrentSource.Url url);
    }
}
