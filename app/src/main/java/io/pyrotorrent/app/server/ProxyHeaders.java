package io.pyrotorrent.app.server;

import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;

/**
 * Behind a reverse proxy (server.behindProxy), the proxy's Forwarded / X-Forwarded-For / -Proto
 * headers say who the client is and whether it came over HTTPS. Only then: otherwise anyone
 * could name their own address and escape the per-address login throttle.
 */
public final class ProxyHeaders {

    private ProxyHeaders() {}

    public static void trust(JavalinConfig config) {
        config.jetty.modifyHttpConfiguration(http -> http.addCustomizer(new ForwardedRequestCustomizer()));
    }
}
