package io.pyrotorrent.adapter.web.actions;

import io.javalin.http.Context;
import io.pyrotorrent.adapter.web.http.BidiText;
import io.pyrotorrent.adapter.web.http.CsrfTokens;
import io.pyrotorrent.adapter.web.http.FlashMessage;
import io.pyrotorrent.adapter.web.http.Pages;
import io.pyrotorrent.adapter.web.http.Visitor;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.CommandResults;
import io.pyrotorrent.domain.model.request.Done;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.port.in.ControlTorrents;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code POST target/<t>/action}: one action on the selected torrents (the {@code hash} fields),
 * from the overview's bulk form or the torrent page. All commands go in one round trip; then a
 * 303 back with a message naming each torrent and, for failures, what rTorrent answered. With
 * {@code scope=matching} the action is on every torrent the posted filter matches instead
 * ({@link MatchingActions}).
 */
public final class ActionRoutes {

    private static final int NAMES_SHOWN = 10;

    private final ControlTorrents control;
    private final TorrentNames names;
    private final Pages pages;
    private final CsrfTokens csrf;
    private final MatchingActions matching;

    public ActionRoutes(
            ControlTorrents control, TorrentNames names, Pages pages, CsrfTokens csrf, MatchingActions matching) {
        this.control = control;
        this.matching = matching;
        this.names = names;
        this.pages = pages;
        this.csrf = csrf;
    }

    public void act(Context ctx) {
        csrf.verify(ctx, ctx.formParam(CsrfTokens.FIELD));
        var target = TargetName.of(ctx.pathParam("target"));
        var action = TorrentAction.parse(ctx.formParam("action"));
        String value = Optional.ofNullable(ctx.formParam(action.key)).orElse("");
        List<InfoHash> hashes =
                ctx.formParams("hash").stream().map(InfoHash::of).distinct().toList();
        String back = Pages.safeReturnPath(ctx.formParam("return"));
        if ("matching".equals(ctx.formParam("scope"))) {
            matching.act(ctx, target, action, value, back);
            return;
        }
        if (hashes.isEmpty()) {
            Pages.redirectBack(ctx, back, List.of(FlashMessage.error("Select at least one torrent first.")));
            return;
        }
        if (action == TorrentAction.ERASE && !"yes".equals(ctx.formParam("confirm"))) {
            Map<InfoHash, String> named = names.of(Visitor.of(ctx), target, hashes);
            pages.render(
                    ctx,
                    "erase",
                    new EraseConfirmPage(
                            target.value(),
                            hashes.stream()
                                    .map(h -> new EraseConfirmPage.Named(h.hex(), named.get(h)))
                                    .toList(),
                            back));
            return;
        }
        List<Command.OnTorrent> commands =
                hashes.stream().map(h -> action.command(h, value)).toList();
        // An erased torrent's page is gone: go back to the overview instead.
        String after = action == TorrentAction.ERASE && back.startsWith("target/") ? "" : back;
        try {
            // Names and commands in one round trip; the names are read before the commands run.
            CommandResults results = control.runNamed(Visitor.of(ctx), target, commands);
            var named = new HashMap<>(results.names());
            hashes.forEach(h -> named.putIfAbsent(h, TorrentNames.shortHash(h)));
            Pages.redirectBack(ctx, after, messages(action.done(value), action.key, hashes, named, results.outcomes()));
        } catch (TorrentClientException e) {
            Pages.redirectBack(
                    ctx,
                    after,
                    List.of(FlashMessage.error("Could not " + action.key + " on " + target.value() + ": "
                            + BidiText.isolate(e.failure().message()))));
        }
    }

    /** One message for everything that worked, one per failure with rTorrent's answer. */
    static List<FlashMessage> messages(
            String done,
            String verb,
            List<InfoHash> hashes,
            Map<InfoHash, String> named,
            List<Outcome<Done>> outcomes) {
        var succeeded = new ArrayList<String>();
        var messages = new ArrayList<FlashMessage>();
        for (int i = 0; i < hashes.size(); i++) {
            String name = named.get(hashes.get(i));
            if (i < outcomes.size() && outcomes.get(i) instanceof Outcome.Failure<Done> failure) {
                messages.add(FlashMessage.error("Could not " + verb + " " + BidiText.isolate(name) + ": "
                        + BidiText.isolate(failure.failure().message())));
            } else {
                succeeded.add(BidiText.isolate(name));
            }
        }
        if (!succeeded.isEmpty()) {
            messages.add(0, FlashMessage.ok(done + ": " + list(succeeded)));
        }
        return messages;
    }

    static String list(List<String> names) {
        if (names.size() <= NAMES_SHOWN) {
            return String.join(", ", names);
        }
        return String.join(", ", names.subList(0, NAMES_SHOWN)) + " and " + (names.size() - NAMES_SHOWN) + " more";
    }
}
