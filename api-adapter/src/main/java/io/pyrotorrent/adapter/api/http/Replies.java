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

    public static void error(Context ctx, ApiError error) {
        error.headers().forEach(ctx::header);
        json(ctx, error.status(), error.body());
    }
}
