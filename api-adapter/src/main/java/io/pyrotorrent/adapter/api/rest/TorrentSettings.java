package io.pyrotorrent.adapter.api.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.pyrotorrent.adapter.api.auth.VisibleTargets;
import io.pyrotorrent.adapter.api.http.ApiError;
import io.pyrotorrent.adapter.api.http.ErrorMapping;
import io.pyrotorrent.adapter.api.http.Json;
import io.pyrotorrent.adapter.api.http.JsonFields;
import io.pyrotorrent.adapter.api.http.PathParams;
import io.pyrotorrent.adapter.api.http.Replies;
import io.pyrotorrent.adapter.api.http.RequestBody;
import io.pyrotorrent.domain.model.FilePriority;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.TorrentPriority;
import io.pyrotorrent.domain.model.UnknownTorrentException;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.port.in.ControlTorrents;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The PUT routes: the global throttle, a torrent's priority and label, a file's priority. Each is
 * one request to rTorrent and answers what was set.
 */
public final class TorrentSettings {

    private final VisibleTargets targets;
    private final ControlTorrents control;

    public TorrentSettings(VisibleTargets targets, ControlTorrents control) {
        this.targets = targets;
        this.control = control;
    }

    public void throttle(Context ctx, Principal caller) {
        TargetName target = targets.require(caller, ctx.pathParam("target"));
        JsonFields body = JsonFields.of(RequestBody.json(ctx), Set.of("up", "down"));
        var commands = new ArrayList<Command>();
        ObjectNode answer = Json.object();
        body.wholeNumber("up", 0, Command.MAX_RATE).ifPresent(up -> {
            commands.add(new Command.SetGlobalUpLimit(up));
            answer.put("up", up);
        });
        body.wholeNumber("down", 0, Command.MAX_RATE).ifPresent(down -> {
            commands.add(new Command.SetGlobalDownLimit(down));
            answer.put("down", down);
        });
        if (commands.isEmpty()) {
            throw ApiError.badRequest("give up, down or both, in bytes per second (0 = unlimited)");
        }
        control.run(caller, target, commands).forEach(ErrorMapping::throwIfFailed);
        Replies.json(ctx, answer);
    }

    public void priority(Context ctx, Principal caller) {
        TargetName target = targets.require(caller, ctx.pathParam("target"));
        InfoHash hash = PathParams.hash(ctx);
        String priority =
                JsonFields.of(RequestBody.json(ctx), Set.of("priority")).requiredText("priority", 16);
        run(
                caller,
                target,
                new Command.SetTorrentPriority(hash, named(TorrentPriority.class, priority)),
                () -> new UnknownTorrentException(hash));
        Replies.json(ctx, Json.object().put("hash", hash.hex()).put("priority", priority));
    }

    public void label(Context ctx, Principal caller) {
        TargetName target = targets.require(caller, ctx.pathParam("target"));
        InfoHash hash = PathParams.hash(ctx);
        String text = JsonFields.of(RequestBody.json(ctx), Set.of("label")).requiredText("label", 4 * Label.MAX_LENGTH);
        Label label;
        try {
            label = Label.of(text);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("label: " + e.getMessage());
        }
        run(caller, target, new Command.SetLabel(hash, label), () -> new UnknownTorrentException(hash));
        Replies.json(ctx, Json.object().put("hash", hash.hex()).put("label", label.value()));
    }

    public void filePriority(Context ctx, Principal caller) {
        TargetName target = targets.require(caller, ctx.pathParam("target"));
        InfoHash hash = PathParams.hash(ctx);
        int index = PathParams.fileIndex(ctx);
        String priority =
                JsonFields.of(RequestBody.json(ctx), Set.of("priority")).requiredText("priority", 16);
        // rTorrent answers -501 both for an unknown hash and for a file index past the end.
        run(
                caller,
                target,
                new Command.SetFilePriority(hash, index, named(FilePriority.class, priority)),
                () -> new ApiError(404, "unknown_file", "no torrent " + hash.hex() + ", or it has no file " + index));
        Replies.json(
                ctx, Json.object().put("hash", hash.hex()).put("index", index).put("priority", priority));
    }

    private void run(Principal caller, TargetName target, Command command, Supplier<RuntimeException> notFound) {
        ErrorMapping.throwIfFailed(control.run(caller, target, List.of(command)).get(0), notFound);
    }

    private static <E extends Enum<E>> E named(Class<E> type, String name) {
        return Arrays.stream(type.getEnumConstants())
                .filter(value -> TypedValues.name(value).equals(name))
                .findFirst()
                .orElseThrow(() -> ApiError.badRequest("priority: expected one of "
                        + String.join(
                                ", ",
                                Arrays.stream(type.getEnumConstants())
                                        .map(TypedValues::name)
                                        .toList())));
    }
}
