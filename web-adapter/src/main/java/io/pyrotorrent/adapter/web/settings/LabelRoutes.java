package io.pyrotorrent.adapter.web.settings;

import io.javalin.http.Context;
import io.pyrotorrent.adapter.web.http.BidiText;
import io.pyrotorrent.adapter.web.http.CsrfTokens;
import io.pyrotorrent.adapter.web.http.FlashMessage;
import io.pyrotorrent.adapter.web.http.Pages;
import io.pyrotorrent.adapter.web.http.Visitor;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.LabelRename;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.port.in.RenameLabels;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * {@code POST target/<t>/labels/rename} from the list's toolbar ("Rename label…"): every torrent of
 * the target with label {@code rename_from} gets {@code rename_to} (empty: no label), then a 303
 * back with a message saying how many changed; a bad name is named in the message, nothing sent.
 */
public final class LabelRoutes {

    private final RenameLabels labels;
    private final CsrfTokens csrf;

    public LabelRoutes(RenameLabels labels, CsrfTokens csrf) {
        this.labels = labels;
        this.csrf = csrf;
    }

    public void rename(Context ctx) {
        csrf.verify(ctx, ctx.formParam(CsrfTokens.FIELD));
        var target = TargetName.of(ctx.pathParam("target"));
        String back = Pages.safeReturnPath(ctx.formParam("return"));
        Label from;
        Label to;
        try {
            from = Label.of(Objects.requireNonNullElse(ctx.formParam("rename_from"), ""));
            to = Label.of(Objects.requireNonNullElse(ctx.formParam("rename_to"), ""));
        } catch (IllegalArgumentException e) {
            Pages.redirectBack(ctx, back, List.of(FlashMessage.error("Label: " + e.getMessage())));
            return;
        }
        if (from.isEmpty()) {
            Pages.redirectBack(ctx, back, List.of(FlashMessage.error("Name the label to rename.")));
            return;
        }
        try {
            var rename = labels.rename(Visitor.of(ctx), target, from, to);
            Pages.redirectBack(ctx, following(back, from, to), messages(rename));
        } catch (TorrentClientException e) {
            Pages.redirectBack(
                    ctx,
                    back,
                    List.of(FlashMessage.error("Could not rename the label on " + target.value() + ": "
                            + BidiText.isolate(e.failure().message()))));
        }
    }

    /**
     * A list filtered by the old label goes to the new one (or to every label, when it was removed):
     * the renamed torrents stay in sight, and the page is not left empty.
     */
    static String following(String back, Label from, Label to) {
        int query = back.indexOf('?');
        if (query < 0) {
            return back;
        }
        var params = new ArrayList<String>();
        for (String param : back.substring(query + 1).split("&")) {
            if (param.startsWith("label=")
                    && URLDecoder.decode(param.substring("label=".length()), StandardCharsets.UTF_8)
                            .equals(from.value())) {
                if (!to.isEmpty()) {
                    params.add("label=" + URLEncoder.encode(to.value(), StandardCharsets.UTF_8));
                }
            } else {
                params.add(param);
            }
        }
        return back.substring(0, query) + (params.isEmpty() ? "" : "?" + String.join("&", params));
    }

    static List<FlashMessage> messages(LabelRename rename) {
        var messages = new ArrayList<FlashMessage>();
        String from = BidiText.isolate(rename.from().value());
        int count = rename.renamed().size();
        if (count == 0 && rename.failed().isEmpty()) {
            messages.add(FlashMessage.error("No torrent has the label " + from + "."));
        } else if (count > 0) {
            String torrents = count == 1 ? "1 torrent" : count + " torrents";
            messages.add(FlashMessage.ok(
                    rename.to().isEmpty()
                            ? "Removed the label " + from + " from " + torrents
                            : "Renamed the label " + from + " to "
                                    + BidiText.isolate(rename.to().value()) + " on " + torrents));
        }
        if (!rename.failed().isEmpty()) {
            messages.add(FlashMessage.error("rTorrent refused the new label on "
                    + rename.failed().size() + " torrents: "
                    + BidiText.isolate(rename.failed().values().iterator().next())));
        }
        return messages;
    }
}
