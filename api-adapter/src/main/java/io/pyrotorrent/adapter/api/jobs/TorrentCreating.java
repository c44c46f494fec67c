package io.pyrotorrent.adapter.api.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.pyrotorrent.adapter.api.auth.VisibleTargets;
import io.pyrotorrent.adapter.api.http.ApiError;
import io.pyrotorrent.adapter.api.http.Json;
import io.pyrotorrent.adapter.api.http.JsonFields;
import io.pyrotorrent.adapter.api.http.RequestBody;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.TrackerUrl;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.create.NewTorrent;
import io.pyrotorrent.domain.model.removal.JobId;
import io.pyrotorrent.domain.port.in.CreateTorrents;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * POST /api/v1/targets/{target}/creations {"path": "/data/album", "trackers": ["a", ["b", "c"]],
 * "private": false, "comment": "", "pieceSize": 262144, "add": true}: a torrent made as a job. A
 * tracker given as a string is a tier of its own; an array of strings is one tier.
 */
public final class TorrentCreating {

    static final int MAX_TRACKERS = 100;

    private final VisibleTargets targets;
    private final CreateTorrents create;

    public TorrentCreating(VisibleTargets targets, CreateTorrents create) {
        this.targets = targets;
        this.create = create;
    }

    public void start(Context ctx, Principal caller) {
        TargetName target = targets.require(caller, ctx.pathParam("target"));
        JsonFields body = JsonFields.of(
                RequestBody.json(ctx), Set.of("path", "trackers", "private", "comment", "pieceSize", "add"));
        String path = body.requiredText("path", 4096);
        List<List<TrackerUrl>> tiers = tiers(body);
        OptionalInt pieceSize = body.wholeNumber("pieceSize", NewTorrent.MIN_PIECE, NewTorrent.MAX_PIECE)
                .map(size -> OptionalInt.of(size.intValue()))
                .orElse(OptionalInt.empty());
        JobId id;
        try {
            var asked = new NewTorrent(
                    path,
                    tiers,
                    body.flag("private").orElse(false),
                    body.text("comment", 4096).orElse(""),
                    pieceSize,
                    body.flag("add").orElse(false));
            id = create.startCreate(caller, target, asked);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
        Accepted.job(ctx, id, Json.object());
    }

    private static List<List<TrackerUrl>> tiers(JsonFields body) {
        var tiers = new ArrayList<List<TrackerUrl>>();
        for (JsonFields.Item item : body.array("trackers", MAX_TRACKERS)) {
            String where = "trackers[" + item.index() + "]";
            var tier = new ArrayList<TrackerUrl>();
            if (item.node().isArray()) {
                int i = 0;
                for (JsonNode url : item.node()) {
                    tier.add(tracker(JsonFields.text(url, where + "[" + i + "]", 2048), where + "[" + i++ + "]"));
                }
            } else {
                tier.add(tracker(JsonFields.text(item.node(), where, 2048), where));
            }
            tiers.add(tier);
        }
        return tiers;
    }

    private static TrackerUrl tracker(String url, String where) {
        try {
            return TrackerUrl.of(url);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(where + ": " + e.getMessage());
        }
    }
}
