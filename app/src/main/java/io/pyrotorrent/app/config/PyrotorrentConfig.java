package io.pyrotorrent.app.config;

import io.pyrotorrent.domain.model.TargetName;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/** Everything pyroTorrent is configured with, validated as a whole. */
public record PyrotorrentConfig(
        ServerConfig server,
        List<TargetConfig> targets,
        List<UserConfig> users,
        ApiConfig api,
        StoreConfig store,
        RssConfig rss,
        DiskConfig disk) {

    public PyrotorrentConfig {
        Objects.requireNonNull(server, "server");
        Objects.requireNonNull(disk, "disk");
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(rss, "rss");
        targets = List.copyOf(targets);
        users = List.copyOf(users);
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("expected at least one target");
        }
        Set<String> names = new HashSet<>();
        targets.forEach(target -> requireUnique(
                names.add(target.name().value()), "target", target.name().value()));
        Set<String> userNames = new HashSet<>();
        for (UserConfig user : users) {
            requireUnique(userNames.add(user.name()), "user", user.name());
            user.targets().stream()
                    .filter(target -> !target.equals(UserConfig.ALL_TARGETS) && !names.contains(target))
                    .findFirst()
                    .ifPresent(unknown -> {
                        throw new IllegalArgumentException(
                                "user " + user.name() + " names the unknown target " + unknown);
                    });
        }
    }

    /** With the disk space defaults (a warning below 5% free). */
    public PyrotorrentConfig(
            ServerConfig server,
            List<TargetConfig> targets,
            List<UserConfig> users,
            ApiConfig api,
            StoreConfig store,
            RssConfig rss) {
        this(server, targets, users, api, store, rss, DiskConfig.defaults());
    }

    /** With RSS's defaults (no private feed addresses). */
    public PyrotorrentConfig(
            ServerConfig server, List<TargetConfig> targets, List<UserConfig> users, ApiConfig api, StoreConfig store) {
        this(server, targets, users, api, store, RssConfig.defaults());
    }

    /** With the store's defaults (./data, audit kept 90 days). */
    public PyrotorrentConfig(ServerConfig server, List<TargetConfig> targets, List<UserConfig> users, ApiConfig api) {
        this(server, targets, users, api, StoreConfig.defaults());
    }

    public Optional<TargetConfig> target(TargetName name) {
        return targets.stream().filter(target -> target.name().equals(name)).findFirst();
    }

    public PyrotorrentConfig withServer(ServerConfig server) {
        return new PyrotorrentConfig(server, targets, users, api, store, rss, disk);
    }

    private static void requireUnique(boolean added, String kind, String name) {
        if (!added) {
            throw new IllegalArgumentException("duplicate " + kind + " name " + name);
        }
    }
}
