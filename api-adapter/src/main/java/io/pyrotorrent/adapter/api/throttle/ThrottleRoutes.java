package io.pyrotorrent.adapter.api.throttle;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.pyrotorrent.adapter.api.auth.VisibleTargets;
import io.pyrotorrent.adapter.api.http.ApiError;
import io.pyrotorrent.adapter.api.http.Json;
import io.pyrotorrent.adapter.api.http.JsonFields;
import io.pyrotorrent.adapter.api.http.Replies;
import io.pyrotorrent.adapter.api.http.RequestBody;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.throttle.ThrottleAssignment;
import io.pyrotorrent.domain.model.throttle.ThrottleGroup;
import io.pyrotorrent.domain.model.throttle.ThrottleGroups;
import io.pyrotorrent.domain.model.throttle.ThrottleName;
import io.pyrotorrent.domain.port.in.ManageThrottles;
import java.util.ArrayList;
import java.util.Optional;
import java.util.Set;

/**
 * Throttle groups: GET .../throttles lists them with their limits, PUT .../throttles/{name}
 * {"up", "down"} (KiB/s, 0 unlimited) defines or changes one, POST .../torrents/throttle
 * {"hashes", "group"} puts torrents in a group ("" takes them out).
 */
public final class ThrottleRoutes {

    private static final int MAX_HASHES = 1_000;

    private final VisibleTargets targets;
    private final ManageThrottles throttles;

    public ThrottleRoutes(VisibleTargets targets, ManageThrottles throttles) {
        this.targets = targets;
        this.throttles = throttles;
    }

    public void list(Context ctx, Principal caller) {
        TargetName target = targets.require(caller, ctx.pathParam("target"));
        Replies.json(ctx, json(throttles.groups(caller, target)));
    }

    public void define(Context ctx, Principal caller) {
        TargetName target = targets.require(caller, ctx.pathParam("target"));
        ThrottleName name = name("name", ctx.pathParam("name"));
        JsonFields body = JsonFields.of(RequestBody.json(ctx), Set.of("up", "down"));
        long up = body.wholeNumber("up", 0, ThrottleGroup.MAX_KIB)
                .orElseThrow(() -> ApiError.badRequest("up: required (KiB/s, 0 for unlimited)"));
        long down = body.wholeNumber("down", 0, ThrottleGroup.MAX_KIB)
                .orElseThrow(() -> ApiError.badRequest("down: required (KiB/s, 0 for unlimited)"));
        Replies.json(ctx, json(throttles.define(caller, target, new ThrottleGroup(name, up, down))));
    }

    public void assign(Context ctx, Principal caller) {
        TargetName target = targets.require(caller, ctx.pathParam("target"));
        JsonFields body = JsonFields.of(RequestBody.json(ctx), Set.of("hashes", "group"));
        String group = body.requiredText("group", 4 * ThrottleName.MAX_LENGTH);
        Optional<ThrottleName> into = group.isEmpty() ? Optional.empty() : Optional.of(name("group", group));
        var hashes = new ArrayList<InfoHash>();
        for (JsonFields.Item item : body.array("hashes", MAX_HASHES)) {
            try {
                hashes.add(InfoHash.of(JsonFields.text(item.node(), "hashes[" + item.index() + "]", 64)));
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest("hashes[" + item.index() + "]: " + e.getMessage());
            }
        }
        if (hashes.isEmpty()) {
            throw ApiError.badRequest("hashes: give one to " + MAX_HASHES + " info-hashes");
        }
        ThrottleAssignment done = throttles.assign(caller, target, hashes, into);
        ObjectNode answer =
                Json.object().put("group", done.group().map(ThrottleName::value).orElse(""));
        ArrayNode moved = answer.putArray("moved");
        done.moved().forEach(hash -> moved.add(hash.hex()));
        ArrayNode resumed = answer.putArray("resumed");
        done.resumed().forEach(hash -> resumed.add(hash.hex()));
        ArrayNode failed = answer.putArray("failed");
        done.failed()
                .forEach((hash, message) ->
                        failed.addObject().put("hash", hash.hex()).put("message", message));
        Replies.json(ctx, answer);
    }

    private static ThrottleName name(String field, String text) {
        try {
            return ThrottleName.of(text);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(field + ": " + e.getMessage());
        }
    }

    private static ObjectNode json(ThrottleGroups groups) {
        ObjectNode answer = Json.object().put("kept", groups.kept());
        ArrayNode list = answer.putArray("groups");
        for (ThrottleGroups.Group group : groups.groups()) {
            list.addObject()
                    .put("name", group.name().value())
                    .put("defined", group.defined())
                    .put("up_limit", group.limits().upBytes())
                    .put("down_limit", group.limits().downBytes())
                    .put("torrents", group.torrents());
        }
        return answer;
    }
}
