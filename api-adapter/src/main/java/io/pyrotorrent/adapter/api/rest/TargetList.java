package io.pyrotorrent.adapter.api.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.pyrotorrent.adapter.api.http.ErrorMapping;
import io.pyrotorrent.adapter.api.http.Json;
import io.pyrotorrent.adapter.api.http.QueryParams;
import io.pyrotorrent.adapter.api.http.Replies;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.overview.TargetStatus;
import io.pyrotorrent.domain.port.in.ListTargets;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * GET /api/v1/targets: each instance the caller may see, with its status and counts by state (one
 * round trip per instance, all at once); a dead instance is reported in its entry, never as a
 * failure of the whole answer.
 */
public final class TargetList {

    public static final List<Field<?>> STATUS = List.of(
            ClientFields.CLIENT_VERSION,
            ClientFields.LIBRARY_VERSION,
            ClientFields.HOSTNAME,
            ClientFields.UP_RATE,
            ClientFields.DOWN_RATE,
            ClientFields.UP_LIMIT,
            ClientFields.DOWN_LIMIT);

    private final ListTargets targets;

    public TargetList(ListTargets targets) {
        this.targets = targets;
    }

    public void list(Context ctx, Principal caller) {
        QueryParams.of(ctx, Set.of());
        ObjectNode body = Json.object();
        ArrayNode list = body.putArray("targets");
        targets.statuses(caller, STATUS).forEach(status -> list.add(json(status)));
        Replies.json(ctx, body);
    }

    private static ObjectNode json(TargetStatus status) {
        ObjectNode entry = Json.object().put("name", status.target().value());
        if (status instanceof TargetStatus.Reachable reachable) {
            entry.put("reachable", true).setAll(TypedValues.row(reachable.client()));
            entry.put("torrents", reachable.torrents());
            ObjectNode byState = entry.putObject("counts");
            reachable.counts().entrySet().stream()
                    .sorted(Map.Entry.comparingByKey())
                    .forEach(count -> byState.put(count.getKey().label(), count.getValue()));
        } else if (status instanceof TargetStatus.Unreachable unreachable) {
            entry.put("reachable", false)
                    .setAll(ErrorMapping.of(unreachable.failure()).body());
        }
        return entry;
    }
}
