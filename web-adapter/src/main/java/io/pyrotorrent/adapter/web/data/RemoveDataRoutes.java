package io.pyrotorrent.adapter.web.data;

import io.javalin.http.Context;
import io.pyrotorrent.adapter.web.http.BidiText;
import io.pyrotorrent.adapter.web.http.CsrfTokens;
import io.pyrotorrent.adapter.web.http.FlashMessage;
import io.pyrotorrent.adapter.web.http.Pages;
import io.pyrotorrent.adapter.web.http.Units;
import io.pyrotorrent.adapter.web.http.Visitor;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.removal.RemovalPreview;
import io.pyrotorrent.domain.model.removal.RemovalResult;
import io.pyrotorrent.domain.port.in.RemoveData;
import java.util.ArrayList;
import java.util.List;

/**
 * GET target/<t>/torrent/<h>/remove_data: the preview and its confirm form; POST the same path
 * (CSRF-checked): the torrent leaves rTorrent, its files go, and the overview says what was
 * deleted and what was kept, with the reason.
 */
public final class RemoveDataRoutes {

    /** Kept files named in the message after a removal; the count says the rest. */
    private static final int KEPT_SHOWN = 10;

    private final RemoveData removal;
    private final Pages pages;
    private final CsrfTokens csrf;

    public RemoveDataRoutes(RemoveData removal, Pages pages, CsrfTokens csrf) {
        this.removal = removal;
        this.pages = pages;
        this.csrf = csrf;
    }

    public void preview(Context ctx) {
        var target = TargetName.of(ctx.pathParam("target"));
        var hash = InfoHash.of(ctx.pathParam("hash"));
        RemovalPreview preview = removal.preview(Visitor.of(ctx), target, hash);
        if (preview instanceof RemovalPreview.Visible visible) {
            pages.render(
                    ctx,
                    "remove-data",
                    new RemoveDataPage(
                            target.value(),
                            hash.hex(),
                            visible.name(),
                            true,
                            "",
                            Units.bytes(visible.bytes()),
                            visible.deleted().stream()
                                    .map(f -> new RemoveDataPage.Line(f.path(), Units.bytes(f.bytes())))
                                    .toList(),
                            kept(visible.kept())));
        } else {
            var notVisible = (RemovalPreview.NotVisible) preview;
            pages.render(
                    ctx,
                    "remove-data",
                    new RemoveDataPage(
                            target.value(),
                            hash.hex(),
                            notVisible.name(),
                            false,
                            notVisible.reason(),
                            "",
                            List.of(),
                            List.of()));
        }
    }

    public void remove(Context ctx) {
        csrf.verify(ctx, ctx.formParam(CsrfTokens.FIELD));
        var target = TargetName.of(ctx.pathParam("target"));
        var hash = InfoHash.of(ctx.pathParam("hash"));
        RemovalResult result = removal.remove(Visitor.of(ctx), target, hash);
        String name = BidiText.isolate(result.name());
        if (result.refused().isPresent()) {
            Pages.redirectBack(
                    ctx,
                    "target/" + target.value() + "/torrent/" + hash.hex(),
                    List.of(FlashMessage.error(
                            "Did not remove " + name + ": " + result.refused().get())));
            return;
        }
        var messages = new ArrayList<FlashMessage>();
        messages.add(FlashMessage.ok("Removed " + name + " and deleted "
                + result.deleted().size() + " files (" + Units.bytes(result.bytesDeleted()) + ")."));
        result.kept().stream()
                .limit(KEPT_SHOWN)
                .forEach(kept -> messages.add(
                        FlashMessage.error("Kept " + BidiText.isolate(kept.path()) + ": " + kept.reason())));
        if (result.kept().size() > KEPT_SHOWN) {
            messages.add(FlashMessage.error("Kept " + (result.kept().size() - KEPT_SHOWN) + " more files."));
        }
        // The torrent's page is gone: back to the overview.
        Pages.redirectBack(ctx, "", messages);
    }

    private static List<RemoveDataPage.Line> kept(List<io.pyrotorrent.domain.model.removal.KeptFile> kept) {
        return kept.stream()
                .map(f -> new RemoveDataPage.Line(f.path(), f.reason()))
                .toList();
    }
}
