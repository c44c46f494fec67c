package io.pyrotorrent.app.config;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Reads and checks a configuration file. Everything is checked before anything starts, and the
 * first problem is reported as one {@link ConfigException} line saying where it is and what was
 * expected, so a bad file never gets halfway through startup.
 */
public final class ConfigLoader {

    private ConfigLoader() {}

    public static PyrotorrentConfig load(Path file) {
        ConfigNode root = YamlDocumentReader.read(file)
                .requireMapping("server", "targets", "users", "api", "dataDir", "audit", "rss", "disk");
        ServerConfig server = ServerConfigReader.read(root.get("server"));
        List<TargetConfig> targets = TargetConfigReader.readAll(root.get("targets"));
        Set<String> targetNames = new LinkedHashSet<>();
        targets.forEach(target -> targetNames.add(target.name().value()));
        List<UserConfig> users = UserConfigReader.readAll(root.get("users"), targetNames);
        StoreConfig store = StoreConfigReader.read(root.get("dataDir"), root.get("audit"));
        return new PyrotorrentConfig(
                server, targets, users, api(root.get("api")), store, rss(root.get("rss")), disk(root.get("disk")));
    }

    private static DiskConfig disk(ConfigNode disk) {
        if (!disk.isPresent()) {
            return DiskConfig.defaults();
        }
        disk.requireMapping("lowSpaceWarning");
        return disk.optional("lowSpaceWarning")
                .map(node -> new DiskConfig(node.convert(LowSpaceSyntax.EXPECTED, LowSpaceSyntax::parse)))
                .orElse(DiskConfig.defaults());
    }

    private static RssConfig rss(ConfigNode rss) {
        if (!rss.isPresent()) {
            return RssConfig.defaults();
        }
        rss.requireMapping("allowPrivate");
        var ranges = rss.optional("allowPrivate")
                .map(node -> node.elements("a list of CIDR ranges").stream()
                        .map(range -> range.convert(RssConfig.EXPECTED_RANGE, RssConfig::checkRange))
                        .toList())
                .orElse(List.of());
        return new RssConfig(ranges);
    }

    private static ApiConfig api(ConfigNode api) {
        if (!api.isPresent()) {
            return ApiConfig.defaults();
        }
        api.requireMapping("enabled");
        return api.optional("enabled")
                .map(node -> new ApiConfig(node.bool("true or false")))
                .orElse(ApiConfig.defaults());
    }
}
