package io.pyrotorrent.adapter.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.listing.TorrentState;
import io.pyrotorrent.domain.model.request.ClientQuery;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.Snapshot;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import java.util.EnumMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;

/**
 * GET /api/v1/targets: each instance the caller may see, with its status. One request per instance
 * (client values plus the state flags of the main view, for the counts), all instances at once; a
 * dead instance is reported in its entry, never as a failure of the whole answer.
 */
final class TargetList {

    static final List<Field<?>> STATUS = List.of(ClientFields.CLIENT_VERSION, ClientFields.LIBRARY_VERSION,
            ClientFields.HOSTNAME, ClientFields.UP_RATE, ClientFields.DOWN_RATE, ClientFields.UP_LIMIT,
            ClientFields.DOWN_LIMIT);

    private final VisibleTargets targets;
    private final Executor executor;

    TargetList(VisibleTargets targets, Executor executor) {
        this.targets = targets;
        this.executor = executor;
    }

    void list(Context ctx, Principal caller) {
        QueryParams.of(ctx, Set.of());
        List<CompletableFuture<ObjectNode>> statuses = targets.all(caller).stream()
                .map(target -> CompletableFuture.supplyAsync(() -> status(caller, target), executor)).toList();
        ObjectNode body = Json.object();
        ArrayNode list = body.putArray("targets");
        statuses.forEach(status -> list.add(status.join()));
        Replies.json(ctx, body);
    }

    private ObjectNode status(Principal caller, TargetName target) {
        ObjectNode status = Json.object().put("name", target.value());
        var request = Request.builder();
        var client = request.add(ClientQuery.of(STATUS));
        var torrents = request.add(TorrentListQuery.of(ViewName.MAIN, TorrentState.FIELDS));
        try {
            Snapshot snapshot = targets.send(caller, target, request.build());
            Row row = snapshot.get(client);
            List<Row> rows = snapshot.get(torrents);
            status.put("reachable", true).setAll(TypedValues.row(row));
            var counts = new EnumMap<TorrentState, Integer>(TorrentState.class);
            for (TorrentState state : TorrentState.values()) {
                counts.put(state, 0);
            }
            rows.forEach(torrent -> counts.merge(TorrentState.of(torrent), 1, Integer::sum));
            status.put("torrents", rows.size());
            ObjectNode byState = status.putObject("counts");
            counts.forEach((state, count) -> byState.put(state.label(), count));
        } catch (RuntimeException e) {
            status.put("reachable", false).setAll(ErrorMapping.of(e).body());
        }
        return status;
    }
}
