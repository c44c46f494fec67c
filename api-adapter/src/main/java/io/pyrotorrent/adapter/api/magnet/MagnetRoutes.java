package io.pyrotorrent.adapter.api.magnet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.pyrotorrent.adapter.api.auth.VisibleTargets;
import io.pyrotorrent.adapter.api.http.ApiError;
import io.pyrotorrent.adapter.api.http.Json;
import io.pyrotorrent.adapter.api.http.PathParams;
import io.pyrotorrent.adapter.api.http.Replies;
import io.pyrotorrent.adapter.api.http.RequestBody;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.magnet.MagnetLink;
import io.pyrotorrent.domain.port.in.CopyMagnets;
import java.util.ArrayList;
import java.util.List;

/** GET .../torrents/{hash}/magnet for one torrent, POST .../magnets {"hashes"} for a selection. */
public final class MagnetRoutes {

    private static final int MAX = 1_000;

    private final VisibleTargets targets;
    private final CopyMagnets magnets;

    public MagnetRoutes(VisibleTargets targets, CopyMagnets magnets) {
        this.targets = targets;
        this.magnets = magnets;
    }

    public void one(Context ctx, Principal caller) {
        TargetName target = targets.require(caller, ctx.pathParam("target"));
        InfoHash hash = PathParams.hash(ctx);
        Replies.json(ctx, json(magnets.magnets(caller, target, List.of(hash)).get(0)));
    }

    public void many(Context ctx, Principal caller) {
        TargetName target = targets.require(caller, ctx.pathParam("target"));
        JsonNode body = RequestBody.json(ctx);
        JsonNode list = body == null ? null : body.get("hashes");
        if (list == null || !list.isArray() || list.isEmpty() || list.size() > MAX) {
            throw ApiError.badRequest("give {\"hashes\": [...]} with 1 to " + MAX + " info-hashes");
        }
        var hashes = new ArrayList<InfoHash>();
        for (JsonNode item : list) {
            if (!item.isTextual()) {
                throw ApiError.badRequest("hashes holds 40-hex info-hashes, not " + Json.typeOf(item));
            }
            hashes.add(InfoHash.of(item.asText()));
        }
        ObjectNode answer = Json.object();
        ArrayNode links = answer.putArray("magnets");
        magnets.magnets(caller, target, hashes).forEach(link -> links.add(json(link)));
        Replies.json(ctx, answer);
    }

    private static ObjectNode json(MagnetLink link) {
        return Json.object()
                .put("hash", link.hash().hex())
                .put("name", link.name())
                .put("magnet", link.uri());
    }
}
