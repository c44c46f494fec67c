package io.pyrotorrent.app.server;

import io.javalin.http.Context;
import io.javalin.security.BasicAuthCredentials;
import io.pyrotorrent.domain.port.in.Authenticate;

/**
 * Until the web UI has its own login, configured users guard every page with HTTP Basic (which
 * every browser speaks), so a server bound beyond loopback never serves them anonymously. The
 * JSON API checks credentials itself; /health stays open for probes.
 */
public final class BasicAuthGate {

    private final Authenticate authenticate;

    public BasicAuthGate(Authenticate authenticate) {
        this.authenticate = authenticate;
    }

    /** A before-handler: lets the request on, or answers 401 and stops it here. */
    public void check(Context ctx) {
        if (!authenticate.required() || isExempt(ctx.path().substring(ctx.contextPath().length()))) {
            return;
        }
        BasicAuthCredentials credentials = parse(ctx);
        if (credentials != null
                && authenticate.authenticate(credentials.getUsername(), credentials.getPassword().toCharArray()).isPresent()) {
            return;
        }
        ctx.status(401).header("WWW-Authenticate", "Basic realm=\"pyroTorrent\", charset=\"UTF-8\"")
                .contentType("text/plain; charset=utf-8").result("Log in to use pyroTorrent.");
        ctx.skipRemainingHandlers();
    }

    private static boolean isExempt(String path) {
        String local = path.startsWith("/") ? path : "/" + path;
        return local.equals("/health") || local.equals("/api") || local.startsWith("/api/");
    }

    private static BasicAuthCredentials parse(Context ctx) {
        try {
            return ctx.basicAuthCredentials();
        } catch (RuntimeException malformed) {
            return null;
        }
    }
}
