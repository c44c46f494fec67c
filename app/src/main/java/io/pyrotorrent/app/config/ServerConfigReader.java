package io.pyrotorrent.app.config;

/** Reads the {@code server} section; every key is optional. */
final class ServerConfigReader {

    private ServerConfigReader() {
    }

    static ServerConfig read(ConfigNode server) {
        if (!server.isPresent()) {
            return ServerConfig.defaults();
        }
        server.requireMapping("host", "port", "basePath");
        String host = server.optional("host")
                .map(node -> node.convert(ServerConfig.EXPECTED_HOST, ServerConfig::requireHost))
                .orElse(ServerConfig.DEFAULT_HOST);
        int port = server.optional("port")
                .map(ServerConfigReader::port)
                .orElse(ServerConfig.DEFAULT_PORT);
        String basePath = server.optional("basePath")
                .map(node -> node.convert(ServerConfig.EXPECTED_BASE_PATH, ServerConfig::normaliseBasePath))
                .orElse(ServerConfig.DEFAULT_BASE_PATH);
        return new ServerConfig(host, port, basePath);
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
