package io.pyrotorrent.adapter.api;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.UnknownTargetException;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.port.out.Targets;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.util.List;

/**
 * The targets a caller may use. One the caller may not use answers exactly like one that does not
 * exist, so nobody learns the names of instances they cannot see.
 */
final class VisibleTargets {

    private final Targets targets;

    VisibleTargets(Targets targets) {
        this.targets = targets;
    }

    TargetName require(Principal caller, String name) {
        TargetName target;
        try {
            target = TargetName.of(name);
        } catch (IllegalArgumentException notAName) {
            throw new UnknownTargetException(name);
        }
        if (targets.client(target).isEmpty() || !caller.mayUse(target)) {
            throw new UnknownTargetException(name);
        }
        return target;
    }

    TorrentClient client(TargetName target) {
        return targets.client(target).orElseThrow(() -> new UnknownTargetException(target.value()));
    }

    List<TargetName> all(Principal caller) {
        return targets.names().stream().filter(caller::mayUse).toList();
    }
}
