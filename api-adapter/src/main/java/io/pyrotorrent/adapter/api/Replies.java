package io.pyrotorrent.adapter.api;

import io.javalin.http.Context;

/** Writes every API answer as JSON, errors in the one error shape with their headers. */
final class Replies {

    private Replies() {}

    static void json(Context ctx, Object body) {
        json(ctx, 200, body);
    }

    static void json(Context ctx, int status, Object body) {
        ctx.status(status).contentType("application/json").result(Json.write(body));
    }

    static void error(Context ctx, ApiError error) {
        error.headers().forEach(ctx::header);
        json(ctx, error.status(), error.body());
    }
}
