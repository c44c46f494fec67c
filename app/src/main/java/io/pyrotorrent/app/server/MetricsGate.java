package io.pyrotorrent.app.server;

import io.javalin.http.Context;
import io.javalin.security.BasicAuthCredentials;
import io.pyrotorrent.domain.model.auth.LoginAttempt;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.port.in.Authenticate;
import java.util.Set;
import java.util.function.Predicate;

/**
 * With users configured, /metrics needs HTTP Basic (what Prometheus scrapers send), under the same
 * login throttle as every other login, and shows a user the series of their own targets only (the
 * request counters say what another user's instance is doing); an admin sees every target. Pages
 * and the API check their callers themselves; /health stays open for probes.
 */
public final class MetricsGate {

    private static final String VISIBLE_TARGETS = "pyrotorrent.metrics.visibleTargets";

    private final Authenticate authenticate;
    private final Set<String> admins;

    public MetricsGate(Authenticate authenticate) {
        this(authenticate, Set.of());
    }

    /** {@code admins}: the users who see every target's series, not only their own targets'. */
    public MetricsGate(Authenticate authenticate, Set<String> admins) {
        this.authenticate = authenticate;
        this.admins = Set.copyOf(admins);
    }

    /**
     * Which targets' series the caller of /metrics may read: what the gate decided, or every
     * target where no gate runs (a server without users).
     */
    public static Predicate<String> visibleTargets(Context ctx) {
        Predicate<String> visible = ctx.attribute(VISIBLE_TARGETS);
        return visible == null ? target -> true : visible;
    }

    /** A before-handler for /metrics: lets the request on, or answers 401 / 429 and stops it here. */
    public void check(Context ctx) {
        if (!authenticate.required()) {
            ctx.attribute(VISIBLE_TARGETS, (Predicate<String>) target -> true);
            return;
        }
        BasicAuthCredentials credentials = parse(ctx);
        LoginAttempt attempt = credentials == null
                ? new LoginAttempt.Refused()
                : authenticate.logIn(
                        credentials.getUsername(), credentials.getPassword().toCharArray(), ctx.ip());
        if (attempt instanceof LoginAttempt.Accepted accepted) {
            Principal caller = accepted.principal();
            Predicate<String> visible = admins.contains(caller.name())
                    ? target -> true
                    : target -> caller.allTargets()
                            || caller.targets().stream()
                                    .anyMatch(name -> name.value().equals(target));
            ctx.attribute(VISIBLE_TARGETS, visible);
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
