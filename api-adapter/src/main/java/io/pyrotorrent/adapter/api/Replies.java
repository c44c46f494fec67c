package io.pyrotorrent.adapter.api;

import io.javalin.http.Context;

/**
 * Writes every API answer as JSON and remembers it on the request, so that {@link #restore}, run
 * after all handlers, can put it back when another adapter's error page (the web UI's 404 page
 * is registered for every path) has overwritten it.
 */
final class Replies {

    private static final String SENT = "pyrotorrent.api.reply";

    private record Sent(int status, byte[] body) {}

    private Replies() {}

    static void json(Context ctx, Object body) {
        json(ctx, 200, body);
    }

    static void json(Context ctx, int status, Object body) {
        byte[] bytes = Json.write(body);
        ctx.attribute(SENT, new Sent(status, bytes));
        ctx.status(status).contentType("application/json").result(bytes);
    }

    static void error(Context ctx, ApiError error) {
        error.headers().forEach(ctx::header);
        json(ctx, error.status(), error.body());
    }

    /**
     * After everything else: the API's own answer again, or, for a failure the API never saw (no
     * route matched, Jetty refused the body), a JSON error instead of HTML. Streams are left alone.
     */
    static void restore(Context ctx, String unmatched) {
        if (ctx.res().isCommitted()) {
            return;
        }
        Sent sent = ctx.attribute(SENT);
        if (sent != null) {
            ctx.status(sent.status()).contentType("application/json").result(sent.body());
        } else if (ctx.statusCode() == 404) {
            error(ctx, ApiError.notFound(unmatched + ": " + ctx.method() + " " + ctx.path()));
        } else if (ctx.statusCode() >= 400) {
            int status = ctx.statusCode();
            error(ctx, new ApiError(status, ErrorMapping.codeFor(status), "the request failed with HTTP " + status));
        }
    }
}
