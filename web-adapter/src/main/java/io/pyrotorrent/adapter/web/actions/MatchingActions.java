package io.pyrotorrent.adapter.web.actions;

import io.javalin.http.Context;
import io.pyrotorrent.adapter.web.http.BidiText;
import io.pyrotorrent.adapter.web.http.FlashMessage;
import io.pyrotorrent.adapter.web.http.Pages;
import io.pyrotorrent.adapter.web.http.Visitor;
import io.pyrotorrent.adapter.web.overview.OverviewQuery;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.listing.Listing;
import io.pyrotorrent.domain.model.listing.StatusFilter;
import io.pyrotorrent.domain.model.request.MatchingRun;
import io.pyrotorrent.domain.port.in.ControlTorrents;
import io.pyrotorrent.domain.port.in.ListTorrents;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;

/**
 * "Select all N that match": the bulk form posts {@code scope=matching} and the overview's filter
 * as {@code filter_view}, {@code filter_q}, {@code filter_regex}, {@code filter_label},
 * {@code filter_status}, {@code filter_tracker}, {@code filter_sort} and {@code filter_order}, never the hashes of 20,000
 * torrents. The first post answers a page naming the count; its form posts the same with {@code confirm=yes} and {@code expect=<count>}, and the
 * domain runs the action on what the filter matches then, or on nothing if the count moved.
 */
public final class MatchingActions {

    static final String PREFIX = "filter_";

    private final ControlTorrents control;
    private final ListTorrents list;
    private final Pages pages;

    public MatchingActions(ControlTorrents control, ListTorrents list, Pages pages) {
        this.control = control;
        this.list = list;
        this.pages = pages;
    }

    void act(Context ctx, TargetName target, TorrentAction action, String value, String back) {
        var query = OverviewQuery.parse(
                ViewName.of(Optional.ofNullable(ctx.formParam(PREFIX + "view")).orElse(ViewName.MAIN.value())),
                name -> ctx.formParam(PREFIX + name));
        Listing filter = query.listing(List.<Field<?>>of(TorrentFields.NAME))
                .withFacets(false)
                .withPage(0, 1);
        try {
            if (!"yes".equals(ctx.formParam("confirm"))) {
                int count = list.slice(Visitor.of(ctx), target, filter).total();
                pages.render(ctx, "matching-confirm", page(target, action, value, count, query, back));
                return;
            }
            int expected = expected(ctx.formParam("expect"));
            var run = control.runOnMatching(Visitor.of(ctx), target, filter, expected, h -> action.command(h, value));
            String after = action == TorrentAction.ERASE && back.startsWith("target/") ? "" : back;
            Pages.redirectBack(ctx, after, messages(action, value, run));
        } catch (TorrentClientException e) {
            Pages.redirectBack(
                    ctx,
                    back,
                    List.of(FlashMessage.error("Could not " + action.key + " on " + target.value() + ": "
                            + BidiText.isolate(e.failure().message()))));
        }
    }

    private static List<FlashMessage> messages(TorrentAction action, String value, MatchingRun run) {
        if (run instanceof MatchingRun.CountChanged changed) {
            return List.of(FlashMessage.error("Nothing was changed: the filter now matches " + changed.matched()
                    + " torrent" + (changed.matched() == 1 ? "" : "s") + ", not the " + changed.confirmed()
                    + " you confirmed. Look at the list and try again."));
        }
        var ran = (MatchingRun.Ran) run;
        if (ran.hashes().isEmpty()) {
            return List.of(FlashMessage.error("No torrent matches the filter; nothing was changed."));
        }
        var named = new HashMap<>(ran.results().names());
        ran.hashes().forEach(h -> named.putIfAbsent(h, TorrentNames.shortHash(h)));
        return ActionRoutes.messages(
                action.done(value),
                action.key,
                ran.hashes(),
                named,
                ran.results().outcomes());
    }

    private static MatchingConfirmPage page(
            TargetName target, TorrentAction action, String value, int count, OverviewQuery query, String back) {
        String verb = action.title(value);
        String torrents = count + " torrent" + (count == 1 ? "" : "s");
        var fields = new ArrayList<MatchingConfirmPage.Hidden>();
        fields.add(new MatchingConfirmPage.Hidden(PREFIX + "view", query.view().value()));
        fields.add(new MatchingConfirmPage.Hidden(PREFIX + "q", query.q()));
        fields.add(new MatchingConfirmPage.Hidden(PREFIX + "regex", query.regex() ? "1" : ""));
        fields.add(new MatchingConfirmPage.Hidden(PREFIX + "label", query.label()));
        fields.add(
                new MatchingConfirmPage.Hidden(PREFIX + "status", query.status().key()));
        fields.add(new MatchingConfirmPage.Hidden(PREFIX + "tracker", query.tracker()));
        // The sort too: the answer names the torrents in the order the list showed them.
        fields.add(new MatchingConfirmPage.Hidden(
                PREFIX + "sort", query.sort().map(f -> f.name()).orElse("")));
        fields.add(new MatchingConfirmPage.Hidden(PREFIX + "order", query.orderName()));
        if (action == TorrentAction.LABEL || action == TorrentAction.PRIORITY) {
            fields.add(new MatchingConfirmPage.Hidden(action.key, value));
        }
        return new MatchingConfirmPage(
                target.value(),
                action.key,
                verb + " all " + torrents + " that match?",
                verb + " " + torrents,
                count,
                describe(query),
                action == TorrentAction.ERASE,
                fields,
                back);
    }

    /** The filter in words, as the sidebar and search box set it. */
    static String describe(OverviewQuery query) {
        var parts = new ArrayList<String>();
        parts.add("view " + query.view().value());
        if (query.status() != StatusFilter.ALL) {
            parts.add("status " + query.status().key());
        }
        if (!query.label().isEmpty()) {
            parts.add("label " + query.label());
        }
        if (!query.tracker().isEmpty()) {
            parts.add("tracker " + query.tracker());
        }
        if (!query.q().isEmpty()) {
            parts.add((query.regex() ? "name matching /" + query.q() + "/" : "name containing \"" + query.q() + "\""));
        }
        return String.join(", ", parts);
    }

    private static int expected(String value) {
        try {
            return Integer.parseInt(String.valueOf(value).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("expect is the number of torrents you confirmed, not '"
                    + OverviewQuery.shorten(String.valueOf(value)) + "'");
        }
    }
}
