package io.pyrotorrent.adapter.api.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.pyrotorrent.adapter.api.auth.VisibleTargets;
import io.pyrotorrent.adapter.api.http.ApiError;
import io.pyrotorrent.adapter.api.http.Json;
import io.pyrotorrent.adapter.api.http.JsonFields;
import io.pyrotorrent.adapter.api.http.PathParams;
import io.pyrotorrent.adapter.api.http.QueryParams;
import io.pyrotorrent.adapter.api.http.Replies;
import io.pyrotorrent.adapter.api.http.RequestBody;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.removal.JobId;
import io.pyrotorrent.domain.model.removal.RemovalJob;
import io.pyrotorrent.domain.port.in.RemoveData;
import java.util.ArrayList;
import java.util.Set;

/**
 * GET .../torrents/{hash}/data: what removing the torrent with its data would delete and keep;
 * DELETE the same path: do it (the torrent leaves rTorrent, then its files go);
 * POST .../removals: many at once as a job, followed at GET /api/v1/jobs/{id}.
 */
public final class TorrentRemoval {

    private final VisibleTargets targets;
    private final RemoveData removal;

    public TorrentRemoval(VisibleTargets targets, RemoveData removal) {
        this.targets = targets;
        this.removal = removal;
    }

    public void preview(Context ctx, Principal caller) {
        TargetName target = targets.require(caller, ctx.pathParam("target"));
        InfoHash hash = PathParams.hash(ctx);
        QueryParams.of(ctx, Set.of());
        Replies.json(ctx, RemovalJson.preview(removal.preview(caller, target, hash)));
    }

    public void remove(Context ctx, Principal caller) {
        TargetName target = targets.require(caller, ctx.pathParam("target"));
        InfoHash hash = PathParams.hash(ctx);
        QueryParams.of(ctx, Set.of());
        var result = removal.remove(caller, target, hash);
        if (result.refused().isPresent()) {
            throw new ApiError(409, "refused", result.refused().get());
        }
        Replies.json(ctx, RemovalJson.result(result));
    }

    public void startMany(Context ctx, Principal caller) {
        TargetName target = targets.require(caller, ctx.pathParam("target"));
        JsonFields body = JsonFields.of(RequestBody.json(ctx), Set.of("hashes"));
        var hashes = new ArrayList<InfoHash>();
        for (JsonFields.Item item : body.array("hashes", TorrentActions.MAX_HASHES)) {
            try {
                hashes.add(InfoHash.of(JsonFields.text(item.node(), "hashes[" + item.index() + "]", 64)));
            } catch (IllegalArgumentException e) {
                throw ApiError.badRequest("hashes[" + item.index() + "]: " + e.getMessage());
            }
        }
        if (hashes.isEmpty()) {
            throw ApiError.badRequest("hashes: give one to " + TorrentActions.MAX_HASHES + " info-hashes");
        }
        JobId id = removal.startRemoval(caller, target, hashes);
        ctx.header("Location", ctx.contextPath() + "/api/v1/jobs/" + id.value());
        Replies.json(ctx, 202, Json.object().put("job", id.value()).put("total", hashes.size()));
    }

    public void job(Context ctx, Principal caller) {
        QueryParams.of(ctx, Set.of());
        JobId id;
        try {
            id = new JobId(ctx.pathParam("id"));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("id: " + e.getMessage());
        }
        RemovalJob job = removal.job(caller, id).orElseThrow(() -> ApiError.notFound("no such job: " + id.value()));
        ObjectNode body = Json.object()
                .put("job", id.value())
                .put("target", job.target().value())
                .put("total", job.total())
                .put("done", job.done())
                .put("finished", job.finished());
        var results = body.putArray("results");
        job.results().forEach(result -> results.add(RemovalJson.result(result)));
        Replies.json(ctx, body);
    }
}
