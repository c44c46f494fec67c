package io.pyrotorrent.adapter.web.torrent;

import io.javalin.http.Context;
import io.pyrotorrent.adapter.web.http.BidiText;
import io.pyrotorrent.adapter.web.http.CsrfTokens;
import io.pyrotorrent.adapter.web.http.FlashMessage;
import io.pyrotorrent.adapter.web.http.Pages;
import io.pyrotorrent.adapter.web.http.Visitor;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.TrackerUrl;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.port.in.ControlTorrents;
import java.util.List;

/**
 * The torrent page's tracker forms, each a CSRF-checked POST answered by a 303 back with a
 * message: {@code .../trackers} adds {@code url}; {@code .../trackers/<i>/enabled} sets
 * {@code enabled} (yes or no); {@code .../reannounce} announces now.
 */
public final class TrackerRoutes {

    private final ControlTorrents control;
    private final CsrfTokens csrf;

    public TrackerRoutes(ControlTorrents control, CsrfTokens csrf) {
        this.control = control;
        this.csrf = csrf;
    }

    public void add(Context ctx) {
        csrf.verify(ctx, ctx.formParam(CsrfTokens.FIELD));
        TrackerUrl url;
        try {
            url = TrackerUrl.of(String.valueOf(ctx.formParam("url")));
        } catch (IllegalArgumentException e) {
            back(ctx, FlashMessage.error("Tracker URL: " + e.getMessage()));
            return;
        }
        run(ctx, new Command.AddTracker(hash(ctx), url), "Added tracker " + BidiText.isolate(url.value()));
    }

    public void enabled(Context ctx) {
        csrf.verify(ctx, ctx.formParam(CsrfTokens.FIELD));
        int index = TorrentRoutes.fileIndex(ctx.pathParam("index"));
        boolean on = "yes".equals(ctx.formParam("enabled"));
        run(ctx, new Command.SetTrackerEnabled(hash(ctx), index, on), "Tracker " + index + (on ? " on" : " off"));
    }

    public void reannounce(Context ctx) {
        csrf.verify(ctx, ctx.formParam(CsrfTokens.FIELD));
        run(ctx, new Command.Reannounce(hash(ctx)), "Announced to the trackers");
    }

    private void run(Context ctx, Command command, String done) {
        var target = TargetName.of(ctx.pathParam("target"));
        try {
            var outcome = control.run(Visitor.of(ctx), target, List.of(command)).get(0);
            back(
                    ctx,
                    outcome instanceof Outcome.Failure<?> failure
                            ? FlashMessage.error("rTorrent refused: "
                                    + BidiText.isolate(failure.failure().message()))
                            : FlashMessage.ok(done));
        } catch (TorrentClientException e) {
            back(
                    ctx,
                    FlashMessage.error("Could not reach " + target.value() + ": "
                            + e.failure().message()));
        }
    }

    private static InfoHash hash(Context ctx) {
        return InfoHash.of(ctx.pathParam("hash"));
    }

    private static void back(Context ctx, FlashMessage message) {
        String page =
                "target/" + ctx.pathParam("target") + "/torrent/" + hash(ctx).hex();
        Pages.redirectBack(ctx, page, List.of(message));
    }
}
