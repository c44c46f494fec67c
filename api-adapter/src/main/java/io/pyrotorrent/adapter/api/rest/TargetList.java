package io.pyrotorrent.adapter.api.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.javalin.http.Context;
import io.pyrotorrent.adapter.api.http.ErrorMapping;
import io.pyrotorrent.adapter.api.http.Json;
import io.pyrotorrent.adapter.api.http.QueryParams;
import io.pyrotorrent.adapter.api.http.Replies;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.disk.TargetDisk;
import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.overview.TargetStatus;
import io.pyrotorrent.domain.port.in.ListTargets;
import io.pyrotorrent.domain.port.in.ShowDiskSpace;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * GET /api/v1/targets: each instance the caller may see, with its status and counts by state (one
 * round trip per instance, all at once); a dead instance is reported in its entry, never as a
 * failure of the whole answer. Each entry's {@code disk} is the free space where it downloads to.
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
    private final ShowDiskSpace disks;

    public TargetList(ListTargets targets, ShowDiskSpace disks) {
        this.targets = targets;
        this.disks = disks;
    }

    public void list(Context ctx, Principal caller) {
        QueryParams.of(ctx, Set.of());
        ObjectNode body = Json.object();
        ArrayNode list = body.putArray("targets");
        Map<TargetName, TargetDisk> space =
                disks.diskSpace(caller).stream().collect(Collectors.toMap(TargetDisk::target, Function.identity()));
        targets.statuses(caller, STATUS)
                .forEach(status -> list.add(json(status)
                        .set("disk", disk(space.getOrDefault(status.target(), TargetDisk.unknown(status.target()))))));
        Replies.json(ctx, body);
    }

    /** As in /health: free, total (bytes) and low, or "unknown" where the files are not visible here. */
    private static JsonNode disk(TargetDisk disk) {
        return disk.usage()
                .<JsonNode>map(usage -> Json.object()
                        .put("free", usage.freeBytes())
                        .put("total", usage.totalBytes())
                        .put("low", disk.low()))
                .orElse(TextNode.valueOf("unknown"));
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
