package io.pyrotorrent.adapter.api.rest;

import io.javalin.http.Context;
import io.pyrotorrent.adapter.api.auth.VisibleTargets;
import io.pyrotorrent.adapter.api.http.ApiError;
import io.pyrotorrent.adapter.api.http.ErrorMapping;
import io.pyrotorrent.adapter.api.http.Json;
import io.pyrotorrent.adapter.api.http.JsonFields;
import io.pyrotorrent.adapter.api.http.PathParams;
import io.pyrotorrent.adapter.api.http.Replies;
import io.pyrotorrent.adapter.api.http.RequestBody;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.TrackerUrl;
import io.pyrotorrent.domain.model.UnknownTorrentException;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.port.in.ControlTorrents;
import java.util.List;
import java.util.Set;

/**
 * POST .../torrents/{hash}/trackers {"url"}: adds a tracker; PUT .../trackers/{index}/enabled
 * {"enabled"}: turns one on or off. Reannouncing is the action "reannounce" ({@link TorrentActions}).
 */
public final class TorrentTrackers {

    private final VisibleTargets targets;
    private final ControlTorrents control;

    public TorrentTrackers(VisibleTargets targets, ControlTorrents control) {
        this.targets = targets;
        this.control = control;
    }

    public void add(Context ctx, Principal caller) {
        TargetName target = targets.require(caller, ctx.pathParam("target"));
        InfoHash hash = PathParams.hash(ctx);
        String text =
                JsonFields.of(RequestBody.json(ctx), Set.of("url")).requiredText("url", TrackerUrl.MAX_LENGTH + 64);
        TrackerUrl url;
        try {
            url = TrackerUrl.of(text);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("url: " + e.getMessage());
        }
        ErrorMapping.throwIfFailed(
                control.run(caller, target, List.of(new Command.AddTracker(hash, url)))
                        .get(0),
                () -> new UnknownTorrentException(hash));
        Replies.json(ctx, Json.object().put("hash", hash.hex()).put("url", url.value()));
    }

    public void enabled(Context ctx, Principal caller) {
        TargetName target = targets.require(caller, ctx.pathParam("target"));
        InfoHash hash = PathParams.hash(ctx);
        int index = PathParams.fileIndex(ctx);
        boolean enabled = JsonFields.of(RequestBody.json(ctx), Set.of("enabled"))
                .flag("enabled")
                .orElseThrow(() -> ApiError.badRequest("enabled: give true or false"));
        // rTorrent answers -501 both for an unknown hash and for a tracker index past the end.
        ErrorMapping.throwIfFailed(
                control.run(caller, target, List.of(new Command.SetTrackerEnabled(hash, index, enabled)))
                        .get(0),
                () -> new ApiError(
                        404, "unknown_tracker", "no torrent " + hash.hex() + ", or it has no tracker " + index));
        Replies.json(
                ctx, Json.object().put("hash", hash.hex()).put("index", index).put("enabled", enabled));
    }
}
