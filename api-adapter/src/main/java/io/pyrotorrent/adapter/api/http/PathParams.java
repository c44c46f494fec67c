package io.pyrotorrent.adapter.api.http;

import io.javalin.http.Context;
import io.pyrotorrent.domain.model.InfoHash;

/** Path parameters that are values: a malformed one is bad input (400), naming the parameter. */
public final class PathParams {

    private PathParams() {}

    public static InfoHash hash(Context ctx) {
        try {
            return InfoHash.of(ctx.pathParam("hash"));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("hash: " + e.getMessage());
        }
    }

    public static int fileIndex(Context ctx) {
        String text = ctx.pathParam("index");
        if (!text.matches("[0-9]{1,6}")) {
            throw ApiError.badRequest(
                    "index: expected a file index from 0 to 999999, not '" + QueryParams.abbreviate(text) + "'");
        }
        return Integer.parseInt(text);
    }
}
