package io.pyrotorrent.app.server;

import io.javalin.config.JavalinConfig;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;

/**
 * Behind a reverse proxy (server.behindProxy), the two headers the documented nginx config sets
 * say who the client is and whether it came over HTTPS: X-Forwarded-For (overwritten by nginx
 * with $remote_addr, so clients cannot forge it) and X-Forwarded-Proto. Every other forwarding
 * header (RFC 7239 Forwarded, X-Forwarded-Host/-Server/-Port, X-Proxied-Https, the SSL ones) is
 * ignored: nginx passes those on from the client untouched, and Jetty would let Forwarded win, so
 * anyone could name their own address and escape the per-address login throttle. Without
 * behindProxy nothing is believed at all.
 */
public final class ProxyHeaders {

    private ProxyHeaders() {}

    public static void trust(JavalinConfig config) {
        config.jetty.modifyHttpConfiguration(http -> http.addCustomizer(onlyForAndProto()));
    }

    private static ForwardedRequestCustomizer onlyForAndProto() {
        var customizer = new ForwardedRequestCustomizer();
        // A blank name turns a header off in Jetty; For and Proto keep their default names.
        customizer.setForwardedHeader(null);
        customizer.setForwardedHostHeader(null);
        customizer.setForwardedServerHeader(null);
        customizer.setForwardedPortHeader(null);
        customizer.setForwardedHttpsHeader(null);
        customizer.setForwardedCipherSuiteHeader(null);
        customizer.setForwardedSslSessionIdHeader(null);
        return customizer;
    }
}
