package io.pyrotorrent.adapter.web.settings;

import io.javalin.http.Context;
import io.pyrotorrent.adapter.web.http.BidiText;
import io.pyrotorrent.adapter.web.http.CsrfTokens;
import io.pyrotorrent.adapter.web.http.FlashMessage;
import io.pyrotorrent.adapter.web.http.Pages;
import io.pyrotorrent.adapter.web.http.Units;
import io.pyrotorrent.adapter.web.http.Visitor;
import io.pyrotorrent.adapter.web.overview.OverviewQuery;
import io.pyrotorrent.adapter.web.torrent.TorrentRoutes;
import io.pyrotorrent.domain.model.FilePriority;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.field.FileFields;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Done;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.port.in.ControlTorrents;
import io.pyrotorrent.domain.port.in.ShowTorrent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The instance's global rate limits and a file's priority: each a POST, then a 303 with a message. */
public final class SettingRoutes {

    private final ControlTorrents control;
    private final ShowTorrent torrent;
    private final CsrfTokens csrf;

    public SettingRoutes(ControlTorrents control, ShowTorrent torrent, CsrfTokens csrf) {
        this.control = control;
        this.torrent = torrent;
        this.csrf = csrf;
    }

    /**
     * {@code POST target/<t>/limits}: {@code down} and {@code up} in KiB/s, 0 (or blank) for
     * unlimited. A field left out of the form leaves that limit as it is: the header's presets send
     * one direction only.
     */
    public void limits(Context ctx) {
        csrf.verify(ctx, ctx.formParam(CsrfTokens.FIELD));
        var target = TargetName.of(ctx.pathParam("target"));
        var commands = new ArrayList<Command>();
        var said = new ArrayList<String>();
        if (ctx.formParamMap().containsKey("down")) {
            long down = kib(ctx.formParam("down"), "the download limit");
            commands.add(new Command.SetGlobalDownLimit(down));
            said.add("download " + Units.limit(down));
        }
        if (ctx.formParamMap().containsKey("up")) {
            long up = kib(ctx.formParam("up"), "the upload limit");
            commands.add(new Command.SetGlobalUpLimit(up));
            said.add("upload " + Units.limit(up));
        }
        if (commands.isEmpty()) {
            throw new IllegalArgumentException("the form names no limit: give down, up or both (KiB/s, 0 = unlimited)");
        }
        run(ctx, target, List.copyOf(commands), "Limits on " + target.value() + ": " + String.join(", ", said));
    }

    /** {@code POST target/<t>/torrent/<hash>/file/<index>/priority}: {@code priority} off, normal or high. */
    public void filePriority(Context ctx) {
        csrf.verify(ctx, ctx.formParam(CsrfTokens.FIELD));
        var target = TargetName.of(ctx.pathParam("target"));
        var hash = InfoHash.of(ctx.pathParam("hash"));
        int index = TorrentRoutes.fileIndex(ctx.pathParam("index"));
        FilePriority priority = filePriority(ctx.formParam("priority"));
        var details = torrent.details(Visitor.of(ctx), target, hash);
        if (index >= details.files().size()) {
            throw new IllegalArgumentException(details.torrent().get(TorrentFields.NAME) + " has no file " + index);
        }
        String done = "Priority " + priority.name().toLowerCase(Locale.ROOT) + " set on "
                + BidiText.isolate(details.files().get(index).get(FileFields.PATH)) + " of "
                + BidiText.isolate(details.torrent().get(TorrentFields.NAME));
        run(ctx, target, List.of(new Command.SetFilePriority(hash, index, priority)), done);
    }

    /**
     * {@code POST target/<t>/torrent/<hash>/folder/priority}: {@code folder} (its path inside the
     * torrent, "/"-joined; empty for all of it) and {@code priority}: every file under it, in one
     * round trip.
     */
    public void folderPriority(Context ctx) {
        csrf.verify(ctx, ctx.formParam(CsrfTokens.FIELD));
        var target = TargetName.of(ctx.pathParam("target"));
        var hash = InfoHash.of(ctx.pathParam("hash"));
        FilePriority priority = filePriority(ctx.formParam("priority"));
        String folder = Optional.ofNullable(ctx.formParam("folder")).orElse("");
        List<String> parts = folder.isEmpty() ? List.of() : List.of(folder.split("/", -1));
        var details = torrent.details(Visitor.of(ctx), target, hash);
        String name = details.torrent().get(TorrentFields.NAME);
        var commands = new ArrayList<Command>();
        for (int index = 0; index < details.files().size(); index++) {
            List<String> path = details.files().get(index).get(FileFields.PATH_COMPONENTS);
            // A folder holds the files whose path goes on below it, not a file of that name.
            if (path.size() > parts.size() && path.subList(0, parts.size()).equals(parts)) {
                commands.add(new Command.SetFilePriority(hash, index, priority));
            }
        }
        if (commands.isEmpty()) {
            throw new IllegalArgumentException(name + " has no folder '" + OverviewQuery.shorten(folder) + "'");
        }
        String done = "Priority " + priority.name().toLowerCase(Locale.ROOT) + " set on " + commands.size()
                + (commands.size() == 1 ? " file" : " files")
                + (folder.isEmpty() ? "" : " in " + BidiText.isolate(folder)) + " of " + BidiText.isolate(name);
        run(ctx, target, List.copyOf(commands), done);
    }

    private static FilePriority filePriority(String given) {
        String value = String.valueOf(given);
        return Arrays.stream(FilePriority.values())
                .filter(p -> p.name().equalsIgnoreCase(value))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException(
                        "a file priority is off, normal or high, " + "not '" + OverviewQuery.shorten(value) + "'"));
    }

    /** Runs the commands in one round trip; the message is {@code done}, or the first failure rTorrent gave. */
    private void run(Context ctx, TargetName target, List<Command> commands, String done) {
        String back = Pages.safeReturnPath(ctx.formParam("return"));
        String failure;
        try {
            failure = control.run(Visitor.of(ctx), target, commands).stream()
                    .filter(o -> o instanceof Outcome.Failure<Done>)
                    .map(o -> ((Outcome.Failure<Done>) o).failure().message())
                    .findFirst()
                    .orElse("");
        } catch (TorrentClientException e) {
            failure = e.failure().message();
        }
        Pages.redirectBack(
                ctx,
                back,
                List.of(
                        failure.isEmpty()
                                ? FlashMessage.ok(done)
                                : FlashMessage.error("Not done (" + done + "): " + BidiText.isolate(failure))));
    }

    /** KiB/s from a form field as bytes per second. */
    static long kib(String value, String what) {
        try {
            long kib = Long.parseLong(value == null || value.isBlank() ? "0" : value.strip());
            if (kib >= 0 && kib <= Command.MAX_RATE / 1024) {
                return kib * 1024;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException(what + " is a whole number of KiB/s from 0 (unlimited) to "
                + Command.MAX_RATE / 1024 + ", not '" + OverviewQuery.shorten(String.valueOf(value)) + "'");
    }
}
