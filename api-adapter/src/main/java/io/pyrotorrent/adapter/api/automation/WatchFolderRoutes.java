package io.pyrotorrent.adapter.api.automation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.pyrotorrent.adapter.api.auth.VisibleTargets;
import io.pyrotorrent.adapter.api.http.ApiError;
import io.pyrotorrent.adapter.api.http.Json;
import io.pyrotorrent.adapter.api.http.JsonFields;
import io.pyrotorrent.adapter.api.http.QueryParams;
import io.pyrotorrent.adapter.api.http.Replies;
import io.pyrotorrent.adapter.api.http.RequestBody;
import io.pyrotorrent.domain.model.DownloadDirectory;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.watchdir.WatchFolder;
import io.pyrotorrent.domain.model.watchdir.WatchFolderView;
import io.pyrotorrent.domain.port.in.ManageWatchFolders;
import java.util.Optional;
import java.util.Set;

/**
 * /api/v1/automation/watch-folders: the caller's folders (GET); .../{target}: one (GET), set
 * (PUT {"directory", "label", "downloadDirectory", "start", "enabled"}), stop watching (DELETE).
 */
public final class WatchFolderRoutes {

    private final VisibleTargets targets;
    private final ManageWatchFolders folders;

    public WatchFolderRoutes(VisibleTargets targets, ManageWatchFolders folders) {
        this.targets = targets;
        this.folders = folders;
    }

    public void list(Context ctx, Principal caller) {
        QueryParams.of(ctx, Set.of());
        ObjectNode body = Json.object();
        ArrayNode array = body.putArray("folders");
        folders.folders(caller).forEach(view -> array.add(write(view)));
        Replies.json(ctx, body);
    }

    public void get(Context ctx, Principal caller) {
        TargetName target = targets.require(caller, ctx.pathParam("target"));
        QueryParams.of(ctx, Set.of());
        var view = folders.folder(caller, target)
                .orElseThrow(() -> ApiError.notFound("no watch folder for " + target.value()));
        Replies.json(ctx, write(view));
    }

    public void put(Context ctx, Principal caller) {
        TargetName target = targets.require(caller, ctx.pathParam("target"));
        JsonFields body = JsonFields.of(
                RequestBody.json(ctx), Set.of("directory", "label", "downloadDirectory", "start", "enabled"));
        String directory = body.requiredText("directory", WatchFolder.MAX_PATH);
        Label label = field(
                "label", () -> Label.of(body.text("label", Label.MAX_LENGTH).orElse("")));
        Optional<DownloadDirectory> downloads = field(
                "downloadDirectory",
                () -> body.text("downloadDirectory", 1024)
                        .filter(text -> !text.isBlank())
                        .map(DownloadDirectory::of));
        var folder = new WatchFolder(
                target,
                directory,
                label,
                downloads,
                body.flag("start").orElse(true),
                body.flag("enabled").orElse(true));
        Replies.json(ctx, write(folders.save(caller, folder)));
    }

    public void delete(Context ctx, Principal caller) {
        TargetName target = targets.require(caller, ctx.pathParam("target"));
        if (folders.folder(caller, target).isEmpty()) {
            throw ApiError.notFound("no watch folder for " + target.value());
        }
        folders.delete(caller, target);
        Replies.noContent(ctx);
    }

    /** The value's own message, with the field it came from in front. */
    private static <T> T field(String name, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (IllegalArgumentException e) {
            throw e.getMessage().startsWith(name + ":") ? e : ApiError.badRequest(name + ": " + e.getMessage());
        }
    }

    private static ObjectNode write(WatchFolderView view) {
        WatchFolder folder = view.folder();
        ObjectNode json = Json.object()
                .put("target", folder.target().value())
                .put("directory", folder.directory())
                .put("label", folder.label().value())
                .put(
                        "downloadDirectory",
                        folder.downloadDirectory().map(DownloadDirectory::path).orElse(""))
                .put("start", folder.start())
                .put("enabled", folder.enabled());
        ObjectNode status = json.putObject("status")
                .put("result", view.status().result())
                .put("added", view.status().added())
                .put("failed", view.status().failed());
        view.status()
                .lastScan()
                .ifPresentOrElse(at -> status.put("lastScan", at.toString()), () -> status.putNull("lastScan"));
        return json;
    }
}
