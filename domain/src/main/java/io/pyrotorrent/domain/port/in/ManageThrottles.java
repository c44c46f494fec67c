package io.pyrotorrent.domain.port.in;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.throttle.ThrottleAssignment;
import io.pyrotorrent.domain.model.throttle.ThrottleGroup;
import io.pyrotorrent.domain.model.throttle.ThrottleGroups;
import io.pyrotorrent.domain.model.throttle.ThrottleName;
import java.util.List;
import java.util.Optional;

/**
 * rTorrent's throttle groups on one target: named up/down limits, and which torrents are in
 * which. Every change is audited; a target the caller may not use fails like a missing one.
 */
public interface ManageThrottles {

    /** The groups pyroTorrent knows of (defined through it, or named by a torrent) with their limits read now. */
    ThrottleGroups groups(Principal caller, TargetName target);

    /** Defines the group or changes its limits; on the managed instance it is kept for rTorrent's restarts. */
    ThrottleGroups define(Principal caller, TargetName target, ThrottleGroup group);

    /**
     * Puts the torrents in the group (empty: in none). An active torrent is paused, moved and
     * resumed in the same round trip (rTorrent refuses the change while it is active); the others
     * keep their state.
     */
    ThrottleAssignment assign(Principal caller, TargetName target, List<InfoHash> hashes, Optional<ThrottleName> group);
}
