package io.pyrotorrent.adapter.api.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.http.Context;
import java.io.IOException;

/** Writes every API answer as JSON, errors in the one error shape with their headers. */
public final class Replies {

    private Replies() {}

    public static void json(Context ctx, Object body) {
        json(ctx, 200, body);
    }

    /**
     * A 200 answer written to the client as it is made, never held whole: the legacy list of every
     * row is 6 MB at 20,000 torrents, and as one array (with the segments it was built from, twice
     * that) it sent a 96 MB heap into full collections that cost the answer 60-100 ms in some runs.
     */
    public static void jsonStreamed(Context ctx, Object body) {
        ctx.status(200).contentType("application/json");
        try {
            Json.write(body, ctx.outputStream());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the answer could not be written as JSON", e);
        } catch (IOException clientGone) {
            // The client went away mid-answer: there is nobody left to tell.
        }
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
