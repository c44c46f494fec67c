package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.Step;
import io.pyrotorrent.domain.model.request.TorrentQuery;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Which added magnet links rTorrent kept. rTorrent 0.9.8 answers {@code load.normal} of a magnet
 * with 0 whether or not it keeps it, and drops one it has no way to fetch the torrent for (no
 * tracker in the link and DHT off) without a word (0.16 keeps such a magnet). It creates the download only after the call's
 * round trip (its load is queued on its task scheduler, so a {@code d.hash} in the same multicall
 * does not find even a kept one), so this asks in a second, small round trip, only when an add
 * carried magnets. The contract suite checks on real rTorrent that the next request finds a kept
 * magnet and not a dropped one. If that check fails (rTorrent went away meanwhile) the add stands.
 */
final class KeptMagnets {

    static final String DROPPED = "rTorrent did not keep this magnet link: it keeps one only if the link names"
            + " a tracker or rTorrent's DHT is on";

    /** The hashes rTorrent does not have after their add; none asked when there are none. */
    static Set<InfoHash> dropped(TorrentClient client, List<InfoHash> added) {
        if (added.isEmpty()) {
            return Set.of();
        }
        List<Step<?>> checks = added.stream()
                .<Step<?>>map(hash -> TorrentQuery.of(hash, TorrentFields.HASH))
                .toList();
        List<Outcome<?>> outcomes;
        try {
            outcomes = client.send(new Request(checks)).outcomes();
        } catch (TorrentClientException e) {
            return Set.of();
        }
        return java.util.stream.IntStream.range(0, added.size())
                .filter(i -> outcomes.get(i) instanceof Outcome.Failure<?> failure
                        && failure.failure() instanceof ClientFailure.NotFound)
                .mapToObj(added::get)
                .collect(Collectors.toUnmodifiableSet());
    }

    private KeptMagnets() {}
}
