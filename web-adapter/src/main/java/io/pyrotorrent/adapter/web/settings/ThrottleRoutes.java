package io.pyrotorrent.adapter.web.settings;

import io.javalin.http.Context;
import io.pyrotorrent.adapter.web.actions.TorrentNames;
import io.pyrotorrent.adapter.web.http.BidiText;
import io.pyrotorrent.adapter.web.http.CsrfTokens;
import io.pyrotorrent.adapter.web.http.FlashMessage;
import io.pyrotorrent.adapter.web.http.Pages;
import io.pyrotorrent.adapter.web.http.Visitor;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.throttle.ThrottleGroup;
import io.pyrotorrent.domain.model.throttle.ThrottleName;
import io.pyrotorrent.domain.port.in.ManageThrottles;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Throttle groups in the UI: {@code GET target/<t>/throttles} lists them with a form to define
 * one, {@code POST target/<t>/throttles} defines or changes one, {@code POST target/<t>/throttle}
 * puts the selected torrents ({@code hash}) in the group typed in the toolbar (empty: none).
 * Each answers with a 303 and a message; a bad name or rate is named, nothing sent.
 */
public final class ThrottleRoutes {

    private final ManageThrottles throttles;
    private final Pages pages;
    private final CsrfTokens csrf;

    public ThrottleRoutes(ManageThrottles throttles, Pages pages, CsrfTokens csrf) {
        this.throttles = throttles;
        this.pages = pages;
        this.csrf = csrf;
    }

    public void page(Context ctx) {
        var target = TargetName.of(ctx.pathParam("target"));
        pages.render(ctx, "throttles", ThrottlePage.of(target.value(), throttles.groups(Visitor.of(ctx), target)));
    }

    public void define(Context ctx) {
        csrf.verify(ctx, ctx.formParam(CsrfTokens.FIELD));
        var target = TargetName.of(ctx.pathParam("target"));
        String back = "target/" + target.value() + "/throttles";
        ThrottleGroup group;
        try {
            group = new ThrottleGroup(
                    ThrottleName.of(text(ctx, "name")), kib(text(ctx, "up"), "up"), kib(text(ctx, "down"), "down"));
        } catch (IllegalArgumentException e) {
            Pages.redirectBack(ctx, back, List.of(FlashMessage.error("Throttle group: " + e.getMessage())));
            return;
        }
        try {
            throttles.define(Visitor.of(ctx), target, group);
            Pages.redirectBack(
                    ctx,
                    back,
                    List.of(FlashMessage.ok("Throttle group " + group.name() + ": up " + shown(group.upKiB())
                            + ", down " + shown(group.downKiB()))));
        } catch (TorrentClientException e) {
            Pages.redirectBack(
                    ctx,
                    back,
                    List.of(FlashMessage.error(
                            "rTorrent refused: " + e.failure().message())));
        }
    }

    public void assign(Context ctx) {
        csrf.verify(ctx, ctx.formParam(CsrfTokens.FIELD));
        var target = TargetName.of(ctx.pathParam("target"));
        String back = Pages.safeReturnPath(ctx.formParam("return"));
        List<InfoHash> hashes =
                ctx.formParams("hash").stream().map(InfoHash::of).distinct().toList();
        if (hashes.isEmpty()) {
            Pages.redirectBack(ctx, back, List.of(FlashMessage.error("Select at least one torrent first.")));
            return;
        }
        String typed = text(ctx, "throttle_group");
        Optional<ThrottleName> group;
        try {
            group = typed.isEmpty() ? Optional.empty() : Optional.of(ThrottleName.of(typed));
        } catch (IllegalArgumentException e) {
            Pages.redirectBack(ctx, back, List.of(FlashMessage.error("Throttle group: " + e.getMessage())));
            return;
        }
        try {
            var done = throttles.assign(Visitor.of(ctx), target, hashes, group);
            var messages = new ArrayList<FlashMessage>();
            if (!done.moved().isEmpty()) {
                messages.add(FlashMessage.ok((group.isPresent() ? "In throttle group " + typed : "In no throttle group")
                        + ": " + done.moved().size() + " torrent(s)"
                        + (done.resumed().isEmpty()
                                ? ""
                                : ", " + done.resumed().size() + " paused for the change and resumed")));
            }
            done.failed()
                    .forEach((hash, message) -> messages.add(FlashMessage.error("Could not change the group of "
                            + TorrentNames.shortHash(hash) + ": " + BidiText.isolate(message))));
            Pages.redirectBack(ctx, back, messages);
        } catch (TorrentClientException e) {
            Pages.redirectBack(
                    ctx,
                    back,
                    List.of(FlashMessage.error("Could not change the throttle group on " + target.value() + ": "
                            + BidiText.isolate(e.failure().message()))));
        }
    }

    private static String text(Context ctx, String field) {
        return Objects.requireNonNullElse(ctx.formParam(field), "").strip();
    }

    private static long kib(String text, String field) {
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": give KiB/s as a whole number (0 for unlimited), not '"
                    + (text.length() > 20 ? text.substring(0, 20) + "…" : text) + "'");
        }
    }

    private static String shown(long kib) {
        return kib == 0 ? "unlimited" : kib + " KiB/s";
    }
}
