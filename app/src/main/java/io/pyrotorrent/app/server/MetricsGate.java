package io.pyrotorrent.app.server;

import io.javalin.http.Context;
import io.javalin.security.BasicAuthCredentials;
import io.pyrotorrent.domain.model.auth.LoginAttempt;
import io.pyrotorrent.domain.port.in.Authenticate;

/**
 * With users configured, /metrics needs HTTP Basic (what Prometheus scrapers send), under the same
 * login throttle as every other login. Pages and the API check their callers themselves; /health
 * stays open for probes.
 */
public final class MetricsGate {

    private final Authenticate authenticate;

    public MetricsGate(Authenticate authenticate) {
        this.authenticate = authenticate;
    }

    /** A before-handler for /metrics: lets the request on, or answers 401 / 429 and stops it here. */
    public void check(Context ctx) {
        if (!authenticate.required()) {
            return;
        }
        BasicAuthCredentials credentials = parse(ctx);
        LoginAttempt attempt = credentials == null
                ? new LoginAttempt.Refused()
                : authenticate.logIn(
                        credentials.getUsername(), credentials.getPassword().toCharArray(), ctx.ip());
        if (attempt instanceof LoginAttempt.Accepted) {
            return;
        }
        if (attempt instanceof LoginAttempt.Throttled wait) {
            ctx.status(429).header("Retry-After", Long.toString(wait.seconds()));
        } else {
            ctx.status(401).header("WWW-Authenticate", "Basic realm=\"pyroTorrent\", charset=\"UTF-8\"");
        }
        ctx.contentType("text/plain; charset=utf-8")
                .result(
                        ctx.statusCode() == 429
                                ? "Too many failed logins for this user or from this address; try again later."
                                : "Log in to read the metrics.");
        ctx.skipRemainingHandlers();
    }

    private static BasicAuthCredentials parse(Context ctx) {
        try {
            return ctx.basicAuthCredentials();
        } catch (RuntimeException malformed) {
            return null;
        }
    }
}
