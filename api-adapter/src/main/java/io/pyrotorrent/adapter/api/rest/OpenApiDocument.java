package io.pyrotorrent.adapter.api.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.pyrotorrent.adapter.api.http.Json;
import io.pyrotorrent.adapter.api.http.QueryParams;
import io.pyrotorrent.adapter.api.http.Replies;
import io.pyrotorrent.domain.model.auth.Principal;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * GET /api/v1/openapi.json: the hand-written OpenAPI 3 document (openapi.json next to this class),
 * with the server URL set to this server's base path. A test keeps it and the routes in step.
 */
public final class OpenApiDocument {

    public static final String RESOURCE = "openapi.json";

    private final ObjectNode document = load();

    public void serve(Context ctx, Principal caller) {
        QueryParams.of(ctx, Set.of());
        ObjectNode copy = document.deepCopy();
        copy.putArray("servers").addObject().put("url", ctx.contextPath().isEmpty() ? "/" : ctx.contextPath());
        Replies.json(ctx, copy);
    }

    public static ObjectNode load() {
        try (InputStream in = OpenApiDocument.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the api-adapter jar");
            }
            return (ObjectNode) Json.parse(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
