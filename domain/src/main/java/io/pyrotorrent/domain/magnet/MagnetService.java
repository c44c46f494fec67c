package io.pyrotorrent.domain.magnet;

import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.UnknownTorrentException;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.field.TrackerFields;
import io.pyrotorrent.domain.model.magnet.MagnetLink;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.Ref;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.Snapshot;
import io.pyrotorrent.domain.model.request.TorrentQuery;
import io.pyrotorrent.domain.model.request.TrackerListQuery;
import io.pyrotorrent.domain.port.in.CopyMagnets;
import io.pyrotorrent.domain.service.Access;
import io.pyrotorrent.domain.service.Targets;
import java.util.ArrayList;
import java.util.List;

/** Each torrent's name and tracker URLs, all torrents in one round trip; nothing changes, so nothing is audited. */
public final class MagnetService implements CopyMagnets {

    /** A selection larger than this is refused: one request stays well below rTorrent's body limit. */
    public static final int MAX_TORRENTS = 1_000;

    private final Access access;

    public MagnetService(Targets targets) {
        this.access = new Access(targets);
    }

    @Override
    public List<MagnetLink> magnets(Principal caller, TargetName target, List<InfoHash> hashes) {
        if (hashes.isEmpty() || hashes.size() > MAX_TORRENTS) {
            throw new IllegalArgumentException("give 1 to " + MAX_TORRENTS + " torrents, not " + hashes.size());
        }
        var request = Request.builder();
        var names = new ArrayList<Ref<Row>>();
        var trackers = new ArrayList<Ref<List<Row>>>();
        for (InfoHash hash : hashes) {
            names.add(request.add(TorrentQuery.of(hash, TorrentFields.NAME)));
            trackers.add(request.add(TrackerListQuery.of(hash, TrackerFields.URL)));
        }
        Snapshot snapshot = access.client(caller, target).send(request.build());
        var links = new ArrayList<MagnetLink>();
        for (int i = 0; i < hashes.size(); i++) {
            if (snapshot.outcome(names.get(i)) instanceof Outcome.Failure<?> failure
                    && failure.failure() instanceof ClientFailure.NotFound) {
                throw new UnknownTorrentException(hashes.get(i));
            }
            links.add(new MagnetLink(
                    hashes.get(i),
                    snapshot.get(names.get(i)).get(TorrentFields.NAME),
                    snapshot.get(trackers.get(i)).stream()
                            .map(row -> row.get(TrackerFields.URL))
                            .toList()));
        }
        return links;
    }
}
