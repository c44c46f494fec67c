package io.pyrotorrent.app.config;

import io.pyrotorrent.adapter.rtorrent.RtorrentClient;
import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import io.pyrotorrent.domain.model.TargetName;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the {@code targets} list: at least one target, names unique. */
final class TargetConfigReader {

    static final String EXPECTED_TARGETS = "a list of targets, each with a name and a url or managed";

    private TargetConfigReader() {}

    static List<TargetConfig> readAll(ConfigNode targets) {
        if (!targets.isPresent()) {
            throw targets.error("missing; expected " + EXPECTED_TARGETS);
        }
        List<ConfigNode> entries = targets.elements(EXPECTED_TARGETS);
        if (entries.isEmpty()) {
            throw targets.error("is empty; expected " + EXPECTED_TARGETS);
        }
        List<TargetConfig> read = new ArrayList<>();
        Map<TargetName, Integer> firstLines = new HashMap<>();
        for (ConfigNode entry : entries) {
            TargetConfig target = read(entry);
            Integer firstLine =
                    firstLines.putIfAbsent(target.name(), entry.get("name").line());
            if (firstLine != null) {
                throw entry.get("name")
                        .error("duplicate target name "
                                + Quoted.of(target.name().value()) + ", first used at line " + firstLine
                                + "; expected each target named once");
            }
            read.add(target);
        }
        return read;
    }

    private static TargetConfig read(ConfigNode entry) {
        entry.requireMapping("name", "url", "managed", "timeout", "storage", "rpc", "mirror", "changeCount");
        TargetName name = entry.required("name", "a target name like seedbox")
                .convert("a target name like seedbox", TargetName::of);
        var url = entry.optional("url").map(node -> node.convert(RtorrentUrl.EXPECTED, RtorrentUrl::parse));
        var managed = entry.optional("managed").map(TargetConfigReader::managed);
        if (url.isPresent() == managed.isPresent()) {
            String found = url.isPresent() ? "both url and managed" : "neither url nor managed";
            throw entry.error("has " + found + "; expected " + TargetConfig.EXPECTED_ONE_CONNECTION);
        }
        Duration timeout = entry.optional("timeout")
                .map(node -> node.convert(TimeoutSyntax.EXPECTED, TimeoutSyntax::parse))
                .orElse(TransportSettings.DEFAULT_READ_TIMEOUT);
        Optional<StorageConfig> storage = entry.optional("storage").map(TargetConfigReader::storage);
        RtorrentClient.Rpc rpc = entry.optional("rpc")
                .map(node -> node.convert(RtorrentClient.Rpc.ACCEPTED, RtorrentClient.Rpc::parse))
                .orElse(RtorrentClient.Rpc.AUTO);
        boolean mirror =
                entry.optional("mirror").map(node -> node.bool("true or false")).orElse(true);
        boolean changeCount = entry.optional("changeCount")
                .map(node -> node.bool("true or false"))
                .orElse(true);
        return new TargetConfig(name, url, managed, timeout, storage, rpc, mirror, changeCount);
    }

    private static ManagedConfig managed(ConfigNode managed) {
        managed.requireMapping("dir", "portRange", "dht");
        Path dir = path(managed.required("dir", "the directory the managed rTorrent keeps its data in"));
        String portRange = managed.optional("portRange")
                .map(node -> node.convert(ManagedConfig.EXPECTED_PORT_RANGE, ManagedConfig::requirePortRange))
                .orElse(ManagedConfig.DEFAULT_PORT_RANGE);
        boolean dht =
                managed.optional("dht").map(node -> node.bool("true or false")).orElse(false);
        return new ManagedConfig(dir, portRange, dht);
    }

    private static StorageConfig storage(ConfigNode storage) {
        storage.requireMapping("remotePath", "localPath");
        String remotePath = storage.required("remotePath", StorageConfig.EXPECTED_REMOTE_PATH)
                .convert(StorageConfig.EXPECTED_REMOTE_PATH, StorageConfig::requireRemotePath);
        Path localPath = path(storage.required("localPath", "the same directory as mounted here"));
        return new StorageConfig(remotePath, localPath);
    }

    private static Path path(ConfigNode node) {
        return node.convert("a directory path", text -> {
            if (text.isBlank()) {
                throw new IllegalArgumentException("expected a directory path, got an empty one");
            }
            try {
                return Path.of(text);
            } catch (InvalidPathException e) {
                throw new IllegalArgumentException(Quoted.of(text) + " is not a valid path; expected a directory path");
            }
        });
    }
}
