package io.pyrotorrent.adapter.web.automation;

import io.javalin.http.Context;
import io.pyrotorrent.adapter.web.http.BidiText;
import io.pyrotorrent.adapter.web.http.CsrfTokens;
import io.pyrotorrent.adapter.web.http.FlashMessage;
import io.pyrotorrent.adapter.web.http.Pages;
import io.pyrotorrent.adapter.web.http.Visitor;
import io.pyrotorrent.domain.model.DownloadDirectory;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.watchdir.WatchFolder;
import io.pyrotorrent.domain.port.in.ManageWatchFolders;
import java.util.List;
import java.util.Optional;

/**
 * POST automation/watch: sets the form's target's watch folder; POST automation/watch/{target}/delete
 * stops watching it. Both answer with the automation page and a message naming what was wrong.
 */
public final class WatchFolderRoutes {

    /** No fragment: the return path allows none, and a refused one would land on the overview. */
    private static final String BACK = "automation";

    private final ManageWatchFolders folders;
    private final CsrfTokens csrf;

    public WatchFolderRoutes(ManageWatchFolders folders, CsrfTokens csrf) {
        this.folders = folders;
        this.csrf = csrf;
    }

    public void save(Context ctx) {
        csrf.verify(ctx, ctx.formParam(CsrfTokens.FIELD));
        WatchFolder folder;
        try {
            folder = read(ctx);
            folders.save(Visitor.of(ctx), folder);
        } catch (IllegalArgumentException e) {
            Pages.redirectBack(ctx, BACK, List.of(FlashMessage.error("Watch folder not saved: " + e.getMessage())));
            return;
        }
        Pages.redirectBack(
                ctx,
                BACK,
                List.of(FlashMessage.ok("Watching " + BidiText.isolate(folder.directory()) + " for "
                        + folder.target().value() + ".")));
    }

    public void delete(Context ctx) {
        csrf.verify(ctx, ctx.formParam(CsrfTokens.FIELD));
        TargetName target = TargetName.of(ctx.pathParam("target"));
        folders.delete(Visitor.of(ctx), target);
        Pages.redirectBack(
                ctx, BACK, List.of(FlashMessage.ok("Stopped watching a folder for " + target.value() + ".")));
    }

    /** @throws IllegalArgumentException naming the field that is wrong */
    private static WatchFolder read(Context ctx) {
        String target = field(ctx, "target");
        if (target.isEmpty()) {
            throw new IllegalArgumentException("target: required");
        }
        String directory = field(ctx, "directory");
        if (directory.isEmpty()) {
            throw new IllegalArgumentException("directory: required");
        }
        Label label;
        Optional<DownloadDirectory> downloads;
        try {
            label = Label.of(field(ctx, "label"));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("label: " + e.getMessage(), e);
        }
        try {
            String text = field(ctx, "download_directory");
            downloads = text.isEmpty() ? Optional.empty() : Optional.of(DownloadDirectory.of(text));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("download directory: " + e.getMessage(), e);
        }
        return new WatchFolder(
                TargetName.of(target),
                directory,
                label,
                downloads,
                ctx.formParam("start") != null,
                ctx.formParam("enabled") != null);
    }

    private static String field(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value.strip();
    }
}
