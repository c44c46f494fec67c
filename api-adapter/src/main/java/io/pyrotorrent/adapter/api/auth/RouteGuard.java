package io.pyrotorrent.adapter.api.auth;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.pyrotorrent.adapter.api.ApiErrors;
import io.pyrotorrent.adapter.api.http.ApiError;
import io.pyrotorrent.adapter.api.http.RequestBody;
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

    /** The header scripts add to a change that is not JSON (a legacy form, an upload). */
    static final String SCRIPT_HEADER = "X-Requested-With";

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
     * API takes plain forms. Browsers say where a request comes from (Sec-Fetch-Site), but only to
     * origins they trust (https, localhost): a NAS on the LAN over plain HTTP hears nothing. So a
     * change that carries an Authorization header must also be one no other site can make a browser
     * send without a CORS preflight, which this API never grants: a JSON body, or a header of ours.
     * Scripts and curl add the header once; a session cookie's changes carry X-CSRF-Token anyway; a
     * browser that says the request is the site's own (or the user's: "none") is believed.
     */
    private static void refuseCrossSiteWrites(Context ctx) {
        if (SAFE_METHODS.contains(ctx.method().name())) {
            return;
        }
        String site = ctx.header("Sec-Fetch-Site");
        String origin = site == null ? "" : site.toLowerCase(Locale.ROOT);
        if (origin.equals("cross-site") || origin.equals("same-site")) {
            throw new ApiError(403, "forbidden", "requests from other sites may not change anything here");
        }
        boolean browserSaysOurs = origin.equals("same-origin") || origin.equals("none");
        if (!browserSaysOurs && ctx.header("Authorization") != null && !notSendableByAnotherSite(ctx)) {
            throw new ApiError(
                    403,
                    "forbidden",
                    "a change sent with HTTP Basic credentials must have a JSON body (Content-Type: "
                            + "application/json) or a " + SCRIPT_HEADER + " header (any value): another site can make"
                            + " a browser post forms here with its saved password, but it cannot do either");
        }
    }

    /** What a form or a no-cors fetch() of another site cannot carry without the API's consent. */
    private static boolean notSendableByAnotherSite(Context ctx) {
        return RequestBody.isJson(ctx)
                || ctx.header(SCRIPT_HEADER) != null
                || ctx.header(SessionCookie.CSRF_HEADER) != null;
    }
}
