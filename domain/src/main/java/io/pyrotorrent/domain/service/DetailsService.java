package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.UnknownTorrentException;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.details.TorrentDetails;
import io.pyrotorrent.domain.model.field.FileFields;
import io.pyrotorrent.domain.model.field.PeerFields;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.field.TrackerFields;
import io.pyrotorrent.domain.model.request.FileListQuery;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.PeerListQuery;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TorrentQuery;
import io.pyrotorrent.domain.model.request.TrackerListQuery;
import io.pyrotorrent.domain.port.in.ShowTorrent;

/** One torrent, its files, peers and trackers, every field of each: one round trip. */
public final class DetailsService implements ShowTorrent {

    private final Access access;

    public DetailsService(Targets targets) {
        this.access = new Access(targets);
    }

    @Override
    public TorrentDetails details(Principal caller, TargetName target, InfoHash hash) {
        var client = access.client(caller, target);
        var request = Request.builder();
        var torrent = request.add(TorrentQuery.of(hash, TorrentFields.ALL));
        var files = request.add(FileListQuery.of(hash, FileFields.ALL));
        var peers = request.add(PeerListQuery.of(hash, PeerFields.ALL));
        var trackers = request.add(TrackerListQuery.of(hash, TrackerFields.ALL));
        var snapshot = client.send(request.build());
        if (snapshot.outcome(torrent) instanceof Outcome.Failure<?> failure
                && failure.failure() instanceof ClientFailure.NotFound) {
            throw new UnknownTorrentException(hash);
        }
        return new TorrentDetails(
                snapshot.get(torrent), snapshot.get(files), snapshot.get(peers), snapshot.get(trackers));
    }
}
