package io.pyrotorrent.domain.model.auth;

import io.pyrotorrent.domain.model.TargetName;
import java.util.Objects;
import java.util.Set;

/** Who is asking, and which targets they may see and touch ({@code allTargets} for "*"). */
public record Principal(String name, boolean allTargets, Set<TargetName> targets) {

    /** When no users are configured (allowed on loopback only): everything, as "local". */
    public static final Principal LOCAL = new Principal("local", true, Set.of());

    /** Someone who has not logged in where users are configured: sees no target at all. */
    public static final Principal ANONYMOUS = new Principal("anonymous", false, Set.of());

    public Principal {
        Objects.requireNonNull(name, "name");
        targets = Set.copyOf(targets);
    }

    public boolean mayUse(TargetName target) {
        return allTargets || targets.contains(target);
    }
}
