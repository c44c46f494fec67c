package io.pyrotorrent.domain.port.in;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.details.TorrentDetails;

/** The torrent page's question: one torrent with its files, peers and trackers. */
public interface ShowTorrent {

    /**
     * One round trip.
     *
     * @throws io.pyrotorrent.domain.model.UnknownTargetException for a target not configured or not the caller's
     * @throws io.pyrotorrent.domain.model.UnknownTorrentException for a hash rTorrent does not know
     * @throws io.pyrotorrent.domain.model.TorrentClientException when the instance fails
     */
    TorrentDetails details(Principal caller, TargetName target, InfoHash hash);
}
