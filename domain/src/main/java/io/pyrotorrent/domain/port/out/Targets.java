package io.pyrotorrent.domain.port.out;

import io.pyrotorrent.domain.model.TargetName;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The configured rTorrent instances, by name, in configuration order. */
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
