package io.pyrotorrent.app.config;

import java.util.Map;
import java.util.function.Function;

/**
 * Lets the environment override where the server listens, so a container image or several copies
 * side by side can share one configuration file.
 */
public final class EnvironmentOverrides {

    public static final String HOST = "PYROTORRENT_HOST";
    public static final String PORT = "PYROTORRENT_PORT";
    public static final String BASE_PATH = "PYROTORRENT_BASE_PATH";

    private EnvironmentOverrides() {}

    /**
     * An empty variable counts as unset, because compose files and shells often pass
     * {@code VAR=} for "no value" rather than leaving it out.
     */
    public static PyrotorrentConfig apply(PyrotorrentConfig config, Map<String, String> env) {
        ServerConfig server = config.server();
        String host = read(env, HOST, ServerConfig::requireHost, server.host());
        int port = read(env, PORT, EnvironmentOverrides::port, server.port());
        String basePath = read(env, BASE_PATH, ServerConfig::normaliseBasePath, server.basePath());
        return config.withServer(server.at(host, port, basePath));
    }

    private static <T> T read(Map<String, String> env, String variable, Function<String, T> conversion, T current) {
        String value = env.get(variable);
        if (value == null || value.isEmpty()) {
            return current;
        }
        try {
            return conversion.apply(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigException("environment variable " + variable + ": " + e.getMessage(), e);
        }
    }

    private static int port(String value) {
        try {
            return ServerConfig.requirePort(Integer.parseInt(value.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expected " + ServerConfig.EXPECTED_PORT + ", got " + Quoted.of(value));
        }
    }
}
