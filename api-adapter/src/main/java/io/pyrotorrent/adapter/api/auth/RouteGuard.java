package io.pyrotorrent.adapter.api.auth;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.pyrotorrent.adapter.api.ApiErrors;
import io.pyrotorrent.adapter.api.http.ApiError;
import io.pyrotorrent.domain.model.auth.Principal;
import java.util.Locale;
import java.util.Set;

/**
 * Wraps every API route but /health: refuses cross-site writes and finds out who is calling. What
 * it and the routes throw goes to the server's one error pipeline, which hands it to {@link ApiErrors}.
 */
public final class RouteGuard {

    /** A route that knows who is calling. */
    public interface Route {
        void handle(Context ctx, Principal caller) throws Exception;
    }

    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Callers callers;

    public RouteGuard(Callers callers) {
        this.callers = callers;
    }

    public Handler guard(Route route) {
        return ctx -> {
            refuseCrossSiteWrites(ctx);
            route.handle(ctx, callers.identify(ctx));
        };
    }

    /**
     * Browsers send cached Basic credentials with any form another site posts here, and the legacy
     * API takes plain forms. Browsers say where a request comes from (Sec-Fetch-Site); scripts and
     * curl send no such header and are not affected.
     */
    private static void refuseCrossSiteWrites(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site == null || SAFE_METHODS.contains(ctx.method().name())) {
            return;
        }
        String origin = site.toLowerCase(Locale.ROOT);
        if (origin.equals("cross-site") || origin.equals("same-site")) {
            throw new ApiError(403, "forbidden", "requests from other sites may not change anything here");
        }
    }
}
