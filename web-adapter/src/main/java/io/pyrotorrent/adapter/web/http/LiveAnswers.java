package io.pyrotorrent.adapter.web.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.UnknownTargetException;
import io.pyrotorrent.domain.model.UnknownTorrentException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The live endpoints' JSON answers. Errors are JSON too ({"error": "..."}), never the HTML error
 * page: the polling script shows the message and keeps the page it has.
 */
public final class LiveAnswers {

    private LiveAnswers() {}

    public static void write(Context ctx, Supplier<Object> answer) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Content-Type-Options", "nosniff");
        try {
            ctx.contentType("application/json; charset=utf-8").result(JsonText.of(answer.get()));
        } catch (IllegalArgumentException e) {
            error(ctx, HttpStatus.BAD_REQUEST, e.getMessage());
        } catch (UnknownTargetException | UnknownTorrentException e) {
            error(ctx, HttpStatus.NOT_FOUND, e.getMessage());
        } catch (TorrentClientException e) {
            error(ctx, HttpStatus.BAD_GATEWAY, e.failure().message());
        }
    }

    private static void error(Context ctx, HttpStatus status, String message) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(JsonText.of(Map.of("error", message)));
    }
}
