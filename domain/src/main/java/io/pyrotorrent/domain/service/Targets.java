package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.mirror.TargetMirror;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The configured rTorrent instances, by name, in configuration order. A registry the services
 * share, not a port: port.out holds only the interfaces adapters implement, and the model cannot
 * hold it because it holds clients (model must not depend on ports).
 */
public final class Targets {

    private final Map<TargetName, TorrentClient> clients;
    private final Map<TargetName, TargetMirror> mirrors;

    public Targets(Map<TargetName, TorrentClient> clients) {
        this(clients, Map.of());
    }

    /** With the live mirror of each target that has one: event streams follow its deltas. */
    public Targets(Map<TargetName, TorrentClient> clients, Map<TargetName, TargetMirror> mirrors) {
        this.clients = new LinkedHashMap<>(clients);
        this.mirrors = Map.copyOf(mirrors);
    }

    /** The target's mirror; empty for a target read live (mirror off in its config). */
    public Optional<TargetMirror> mirror(TargetName name) {
        return Optional.ofNullable(mirrors.get(name));
    }

    public List<TargetName> names() {
        return List.copyOf(clients.keySet());
    }

    public Optional<TorrentClient> client(TargetName name) {
        return Optional.ofNullable(clients.get(name));
    }
}
