package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.UnknownTargetException;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.util.List;
import java.util.Objects;

/**
 * The one place that decides which targets a caller may use. Every use case asks it for a
 * client, so no adapter can reach a target by forgetting a check. A target the caller may not
 * use fails exactly like one that is not configured: its existence does not leak.
 */
public final class Access {

    private final Targets targets;

    public Access(Targets targets) {
        this.targets = Objects.requireNonNull(targets, "targets");
    }

    /** @throws UnknownTargetException when there is no such target or the caller may not use it */
    public TorrentClient client(Principal caller, TargetName target) {
        Objects.requireNonNull(caller, "caller");
        if (!caller.mayUse(target)) {
            throw new UnknownTargetException(target.value());
        }
        return targets.client(target).orElseThrow(() -> new UnknownTargetException(target.value()));
    }

    /** The targets this caller may use, in configuration order. */
    List<TargetName> visible(Principal caller) {
        Objects.requireNonNull(caller, "caller");
        return targets.names().stream().filter(caller::mayUse).toList();
    }
}
