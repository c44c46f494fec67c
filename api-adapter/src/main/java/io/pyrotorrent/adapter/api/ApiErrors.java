package io.pyrotorrent.adapter.api;

import io.javalin.http.Context;
import io.javalin.router.EndpointNotFound;
import io.pyrotorrent.adapter.api.http.ApiError;
import io.pyrotorrent.adapter.api.http.ErrorMapping;
import io.pyrotorrent.adapter.api.http.Replies;

/**
 * How a failure on the API's paths looks: the one JSON error shape, also where no route matched.
 * The app's server owns the one error pipeline and hands this every failure on a path it
 * {@link #owns} (see {@link Api#errors}).
 */
public final class ApiErrors {

    private final String unmatched;

    ApiErrors(String unmatched) {
        this.unmatched = unmatched;
    }

    /** A path below the base path ("/api/v1/targets"): the API answers api, api/... and health. */
    public boolean owns(String path) {
        return path.equals("/api") || path.startsWith("/api/") || path.equals("/health");
    }

    /** A route threw: mapped once, in {@link ErrorMapping}; no route at all is a 404 naming the request. */
    public void exception(Exception e, Context ctx) {
        if (e instanceof EndpointNotFound) {
            status(ctx.status(404));
            return;
        }
        Replies.error(ctx, ErrorMapping.of(e));
    }

    /** An error status without an answer yet (no route matched, Jetty refused the body): JSON too. */
    public void status(Context ctx) {
        if (ctx.res().isCommitted() || ctx.resultInputStream() != null) {
            return;
        }
        int status = ctx.statusCode();
        if (status == 404) {
            Replies.error(ctx, ApiError.notFound(unmatched + ": " + ctx.method() + " " + ctx.path()));
        } else if (status >= 400) {
            Replies.error(
                    ctx, new ApiError(status, ErrorMapping.codeFor(status), "the request failed with HTTP " + status));
        }
    }
}
