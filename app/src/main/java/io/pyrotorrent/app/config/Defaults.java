package io.pyrotorrent.app.config;

import io.pyrotorrent.domain.model.TargetName;
import java.nio.file.Path;
import java.util.List;

/** What pyroTorrent runs with when no configuration file is given. */
public final class Defaults {

    public static final TargetName EMBEDDED_TARGET = TargetName.of("local");
    public static final Path EMBEDDED_DIR = Path.of("./data/local");

    private Defaults() {}

    /**
     * One managed rTorrent next to the working directory, served on loopback without users, so
     * a first start works with nothing to set up and nothing exposed to the network.
     */
    public static PyrotorrentConfig embedded() {
        return new PyrotorrentConfig(
                ServerConfig.defaults(),
                List.of(TargetConfig.managed(EMBEDDED_TARGET, EMBEDDED_DIR)),
                List.of(),
                ApiConfig.defaults());
    }
}
