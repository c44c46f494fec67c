package io.pyrotorrent.adapter.api.labels;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.pyrotorrent.adapter.api.auth.VisibleTargets;
import io.pyrotorrent.adapter.api.http.ApiError;
import io.pyrotorrent.adapter.api.http.Json;
import io.pyrotorrent.adapter.api.http.JsonFields;
import io.pyrotorrent.adapter.api.http.Replies;
import io.pyrotorrent.adapter.api.http.RequestBody;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.LabelRename;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.port.in.RenameLabels;
import java.util.Set;

/**
 * POST .../labels/rename {"from", "to"}: every torrent of the target with label "from" gets "to"
 * (empty: the label is removed), in one round trip; the answer lists the torrents changed and those
 * rTorrent refused.
 */
public final class LabelRoutes {

    private final VisibleTargets targets;
    private final RenameLabels labels;

    public LabelRoutes(VisibleTargets targets, RenameLabels labels) {
        this.targets = targets;
        this.labels = labels;
    }

    public void rename(Context ctx, Principal caller) {
        TargetName target = targets.require(caller, ctx.pathParam("target"));
        var fields = JsonFields.of(RequestBody.json(ctx), Set.of("from", "to"));
        Label from = label("from", fields.requiredText("from", 4 * Label.MAX_LENGTH));
        Label to = label("to", fields.requiredText("to", 4 * Label.MAX_LENGTH));
        if (from.isEmpty()) {
            throw ApiError.badRequest("from: name the label to rename; it cannot be empty");
        }
        LabelRename rename = labels.rename(caller, target, from, to);
        ObjectNode answer = Json.object().put("from", from.value()).put("to", to.value());
        ArrayNode renamed = answer.putArray("renamed");
        rename.renamed().forEach(hash -> renamed.add(hash.hex()));
        ArrayNode failed = answer.putArray("failed");
        rename.failed()
                .forEach((hash, message) ->
                        failed.add(Json.object().put("hash", hash.hex()).put("message", message)));
        Replies.json(ctx, answer);
    }

    private static Label label(String field, String text) {
        try {
            return Label.of(text);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(field + ": " + e.getMessage());
        }
    }
}
