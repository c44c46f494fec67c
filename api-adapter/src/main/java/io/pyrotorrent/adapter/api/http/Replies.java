package io.pyrotorrent.adapter.api.http;

import io.javalin.http.Context;

/** Writes every API answer as JSON, errors in the one error shape with their headers. */
public final class Replies {

    private Replies() {}

    public static void json(Context ctx, Object body) {
        json(ctx, 200, body);
    }

    public static void json(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json").result(Json.write(body));
    }

    /**
     * An answer with nothing to say (a deletion). It still names JSON as its type, as every
     * other API answer does, rather than Javalin's text/plain default.
     */
    public static void noContent(Context ctx) {
        ctx.status(204).contentType("application/json");
    }

    public static void error(Context ctx, ApiError error) {
        error.headers().forEach(ctx::header);
        json(ctx, error.status(), error.body());
    }
}
