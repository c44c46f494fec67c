package io.pyrotorrent.app.config;

import java.time.Duration;

/** Reads the {@code server} section; every key is optional. */
final class ServerConfigReader {

    private ServerConfigReader() {}

    static ServerConfig read(ConfigNode server) {
        if (!server.isPresent()) {
            return ServerConfig.defaults();
        }
        server.requireMapping("host", "port", "basePath", "sessionIdle", "secureCookies", "behindProxy");
        String host = server.optional("host")
                .map(node -> node.convert(ServerConfig.EXPECTED_HOST, ServerConfig::requireHost))
                .orElse(ServerConfig.DEFAULT_HOST);
        int port = server.optional("port").map(ServerConfigReader::port).orElse(ServerConfig.DEFAULT_PORT);
        String basePath = server.optional("basePath")
                .map(node -> node.convert(ServerConfig.EXPECTED_BASE_PATH, ServerConfig::normaliseBasePath))
                .orElse(ServerConfig.DEFAULT_BASE_PATH);
        Duration sessionIdle = server.optional("sessionIdle")
                .map(node -> node.convert(SessionIdleSyntax.EXPECTED, SessionIdleSyntax::parse))
                .orElse(ServerConfig.DEFAULT_SESSION_IDLE);
        boolean secureCookies = server.optional("secureCookies")
                .map(node -> node.bool("true or false"))
                .orElse(false);
        boolean behindProxy = server.optional("behindProxy")
                .map(node -> node.bool("true or false"))
                .orElse(false);
        return new ServerConfig(host, port, basePath, sessionIdle, secureCookies, behindProxy);
    }

    private static int port(ConfigNode node) {
        int port = node.integer(ServerConfig.EXPECTED_PORT);
        try {
            return ServerConfig.requirePort(port);
        } catch (IllegalArgumentException e) {
            throw node.error(e.getMessage());
        }
    }
}
