package io.pyrotorrent.domain.model.throttle;

import io.pyrotorrent.domain.model.InfoHash;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What moving torrents into a group did: the torrents now in it, those that were paused for the
 * change and resumed, and those rTorrent refused (with its answer).
 */
public record ThrottleAssignment(
        Optional<ThrottleName> group, List<InfoHash> moved, List<InfoHash> resumed, Map<InfoHash, String> failed) {

    public ThrottleAssignment {
        moved = List.copyOf(moved);
        resumed = List.copyOf(resumed);
        failed = Map.copyOf(failed);
    }
}
