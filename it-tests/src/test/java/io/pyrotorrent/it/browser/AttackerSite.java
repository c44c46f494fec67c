package io.pyrotorrent.it.browser;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Another site on a free loopback port: serves fixed HTML pages by path, as a page of an attacker
 * would, so a browser test can see what such a page can make the browser do to pyroTorrent.
 */
final class AttackerSite implements AutoCloseable {

    private final HttpServer server;

    private AttackerSite(HttpServer server) {
        this.server = server;
    }

    static AttackerSite serving(Map<String, String> pages) {
        try {
            var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/", exchange -> {
                String page = pages.get(exchange.getRequestURI().getPath());
                byte[] body = (page == null ? "no such page" : page).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(page == null ? 404 : 200, body.length);
                try (var out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
            return new AttackerSite(server);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
