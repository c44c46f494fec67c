package io.pyrotorrent.domain.service;

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

    public Targets(Map<TargetName, TorrentClient> clients) {
        this.clients = new LinkedHashMap<>(clients);
    }

    public List<TargetName> names() {
        return List.copyOf(clients.keySet());
    }

    public Optional<TorrentClient> client(TargetName name) {
        return Optional.ofNullable(clients.get(name));
    }
}
