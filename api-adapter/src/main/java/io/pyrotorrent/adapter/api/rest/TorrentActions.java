package io.pyrotorrent.adapter.api.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.pyrotorrent.adapter.api.auth.VisibleTargets;
import io.pyrotorrent.adapter.api.http.ApiError;
import io.pyrotorrent.adapter.api.http.ErrorMapping;
import io.pyrotorrent.adapter.api.http.Json;
import io.pyrotorrent.adapter.api.http.JsonFields;
import io.pyrotorrent.adapter.api.http.PathParams;
import io.pyrotorrent.adapter.api.http.QueryParams;
import io.pyrotorrent.adapter.api.http.Replies;
import io.pyrotorrent.adapter.api.http.RequestBody;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.UnknownTorrentException;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Done;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.port.in.ControlTorrents;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * POST .../torrents/{hash}/{action} and POST .../torrents/actions: start, stop, pause, resume,
 * recheck, erase, open, close or reannounce (to its trackers, now) one torrent, or many in one request to rTorrent.
 */
public final class TorrentActions {

    public static final Map<String, Function<InfoHash, Command>> ACTIONS = new LinkedHashMap<>();

    static {
        ACTIONS.put("start", Command.Start::new);
        ACTIONS.put("stop", Command.Stop::new);
        ACTIONS.put("pause", Command.Pause::new);
        ACTIONS.put("resume", Command.Resume::new);
        ACTIONS.put("recheck", Command.CheckHash::new);
        ACTIONS.put("erase", Command.Erase::new);
        ACTIONS.put("open", Command.Open::new);
        ACTIONS.put("close", Command.Close::new);
        ACTIONS.put("reannounce", Command.Reannounce::new);
    }

    public static final int MAX_HASHES = 1000;

    private final VisibleTargets targets;
    private final ControlTorrents control;

    public TorrentActions(VisibleTargets targets, ControlTorrents control) {
        this.targets = targets;
        this.control = control;
    }

    public void one(Context ctx, Principal caller) {
        TargetName target = targets.require(caller, ctx.pathParam("target"));
        InfoHash hash = PathParams.hash(ctx);
        String action = ctx.pathParam("action");
        Command command = command(action, hash);
        ErrorMapping.throwIfFailed(
                control.run(caller, target, List.of(command)).get(0), () -> new UnknownTorrentException(hash));
        Replies.json(
                ctx, Json.object().put("hash", hash.hex()).put("action", action).put("done", true));
    }

    /** One result per hash: an unknown or refused torrent does not stop the others. */
    public void many(Context ctx, Principal caller) {
        TargetName target = targets.require(caller, ctx.pathParam("target"));
        JsonFields body = JsonFields.of(RequestBody.json(ctx), Set.of("action", "hashes"));
        String action = body.requiredText("action", 32);
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
        List<Outcome<Done>> outcomes = control.run(
                caller,
                target,
                hashes.stream().map(hash -> command(action, hash)).toList());
        ObjectNode answer = Json.object().put("action", action);
        ArrayNode results = answer.putArray("results");
        for (int i = 0; i < hashes.size(); i++) {
            InfoHash hash = hashes.get(i);
            ObjectNode result = results.addObject().put("hash", hash.hex()).put("done", true);
            try {
                ErrorMapping.throwIfFailed(outcomes.get(i), () -> new UnknownTorrentException(hash));
            } catch (RuntimeException refused) {
                result.put("done", false).setAll(ErrorMapping.of(refused).body());
            }
        }
        Replies.json(ctx, answer);
    }

    private static Command command(String action, InfoHash hash) {
        Function<InfoHash, Command> command = ACTIONS.get(action);
        if (command == null) {
            throw ApiError.badRequest("action: '" + QueryParams.abbreviate(action) + "' is not one of "
                    + String.join(", ", ACTIONS.keySet()));
        }
        return command.apply(hash);
    }
}
