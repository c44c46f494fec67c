package io.pyrotorrent.adapter.api.legacy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.pyrotorrent.adapter.api.auth.VisibleTargets;
import io.pyrotorrent.adapter.api.http.ApiError;
import io.pyrotorrent.adapter.api.http.Json;
import io.pyrotorrent.adapter.api.http.QueryParams;
import io.pyrotorrent.adapter.api.http.Replies;
import io.pyrotorrent.adapter.api.http.RequestBody;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.port.in.AddTorrents;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The original pyroTorrent API, kept for existing scripts: POST {base}api with a form field
 * "request" holding a JSON array (or the same array as an application/json body), and
 * GET {base}api/attributes, the table it runs on.
 */
public final class LegacyApi {

    private final LegacyBatch batch;

    public LegacyApi(VisibleTargets targets, AddTorrents add) {
        this.batch = new LegacyBatch(targets, add);
    }

    public void run(Context ctx, Principal caller) {
        QueryParams.of(ctx, Set.of());
        List<LegacyElement> elements = LegacyRequestReader.read(Json.parse(requestJson(ctx)));
        Replies.jsonStreamed(ctx, batch.run(caller, elements));
    }

    public void attributes(Context ctx, Principal caller) {
        QueryParams.of(ctx, Set.of());
        ArrayNode attributes = Json.array();
        for (LegacyAttribute attribute : LegacyAttributes.ALL) {
            ObjectNode entry = attributes.addObject().put("name", attribute.name());
            ArrayNode types = entry.putArray("types");
            attribute.types().stream().sorted().forEach(type -> types.add(type.wireName()));
            entry.put("command", attribute.command())
                    .put("description", attribute.description())
                    .put("maps_to", attribute.mapping().describe());
        }
        ObjectNode body = Json.object();
        body.set("attributes", attributes);
        Replies.json(ctx, body);
    }

    private static byte[] requestJson(Context ctx) {
        String type = RequestBody.mediaType(ctx);
        if (type.equals("application/json")) {
            return RequestBody.read(ctx);
        }
        if (!type.equals("application/x-www-form-urlencoded")) {
            throw new ApiError(
                    415,
                    "unsupported_media_type",
                    "send the form field 'request' "
                            + "(application/x-www-form-urlencoded) or the JSON array itself (application/json)");
        }
        Map<String, List<String>> form = RequestBody.form(RequestBody.read(ctx));
        form.keySet().stream()
                .filter(name -> !name.equals("request"))
                .findFirst()
                .ifPresent(name -> {
                    throw ApiError.badRequest(
                            "unknown form field '" + QueryParams.abbreviate(name) + "'; the API takes only 'request'");
                });
        List<String> request = form.getOrDefault("request", List.of());
        if (request.size() != 1) {
            throw ApiError.badRequest(
                    request.isEmpty()
                            ? "the form field 'request' is missing"
                            : "the form field 'request' is given " + request.size() + " times");
        }
        return request.get(0).getBytes(StandardCharsets.UTF_8);
    }
}
