package io.pyrotorrent.adapter.api;

import io.pyrotorrent.domain.model.health.TargetHealth;
import java.util.List;

/** The JSON shape of GET /health. */
record HealthBody(String status, List<Target> targets) {

    record Target(
            String name,
            boolean reachable,
            String clientVersion,
            String libraryVersion,
            String rpc,
            String lastError,
            String lastErrorAt) {}

    static HealthBody of(List<TargetHealth> health) {
        return new HealthBody(
                "up",
                health.stream()
                        .map(h -> new Target(
                                h.target().value(),
                                h.reachable(),
                                h.clientVersion().orElse(null),
                                h.libraryVersion().orElse(null),
                                h.rpc().orElse(null),
                                h.lastError().orElse(null),
                                h.lastErrorAt().map(Object::toString).orElse(null)))
                        .toList());
    }
}
