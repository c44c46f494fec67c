package io.pyrotorrent.adapter.api.jobs;

import io.javalin.http.Context;
import io.pyrotorrent.adapter.api.auth.VisibleTargets;
import io.pyrotorrent.adapter.api.http.ApiError;
import io.pyrotorrent.adapter.api.http.Json;
import io.pyrotorrent.adapter.api.http.JsonFields;
import io.pyrotorrent.adapter.api.http.RequestBody;
import io.pyrotorrent.domain.model.DownloadDirectory;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.removal.JobId;
import io.pyrotorrent.domain.port.in.MoveData;
import java.util.ArrayList;
import java.util.Set;

/**
 * POST /api/v1/targets/{target}/moves {"hashes": [...], "directory": "/data/new", "recheck": false}:
 * one torrent or a selection moved as a job, followed at GET /api/v1/jobs/{id}.
 */
public final class TorrentMoving {

    static final int MAX_HASHES = 10_000;

    private final VisibleTargets targets;
    private final MoveData move;

    public TorrentMoving(VisibleTargets targets, MoveData move) {
        this.targets = targets;
        this.move = move;
    }

    public void start(Context ctx, Principal caller) {
        TargetName target = targets.require(caller, ctx.pathParam("target"));
        JsonFields body = JsonFields.of(RequestBody.json(ctx), Set.of("hashes", "directory", "recheck"));
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
        DownloadDirectory directory;
        try {
            directory = DownloadDirectory.of(body.requiredText("directory", 1024));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("directory: " + e.getMessage());
        }
        boolean recheck = body.flag("recheck").orElse(false);
        JobId id;
        try {
            id = move.startMove(caller, target, hashes, directory, recheck);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
        Accepted.job(ctx, id, Json.object().put("total", hashes.size()));
    }
}
