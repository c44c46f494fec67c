package io.pyrotorrent.adapter.api.rest;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.pyrotorrent.adapter.api.auth.VisibleTargets;
import io.pyrotorrent.adapter.api.http.ApiError;
import io.pyrotorrent.adapter.api.http.Json;
import io.pyrotorrent.adapter.api.http.QueryParams;
import io.pyrotorrent.adapter.api.http.Replies;
import io.pyrotorrent.adapter.api.http.RequestBody;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.rss.FeedStatus;
import io.pyrotorrent.domain.model.rss.FeedView;
import io.pyrotorrent.domain.model.rss.RuleSpec;
import io.pyrotorrent.domain.port.in.ManageFeeds;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * /api/v1/targets/{target}/feeds...: RSS/Atom feeds, their rules, a preview of what a rule would
 * take now (nothing is added), a check on demand, and each feed's history.
 */
public final class FeedRoutes {

    private final VisibleTargets targets;
    private final ManageFeeds feeds;

    public FeedRoutes(VisibleTargets targets, ManageFeeds feeds) {
        this.targets = targets;
        this.feeds = feeds;
    }

    public void list(Context ctx, Principal caller) {
        QueryParams.of(ctx, Set.of());
        ObjectNode body = Json.object();
        var array = body.putArray("feeds");
        feeds.feeds(caller, target(ctx, caller)).forEach(view -> array.add(FeedJson.feed(view)));
        Replies.json(ctx, body);
    }

    public void add(Context ctx, Principal caller) {
        TargetName target = target(ctx, caller);
        var feed = feeds.addFeed(caller, target, FeedJson.feedSpec(RequestBody.json(ctx)));
        Replies.json(ctx, 201, FeedJson.feed(new FeedView(feed, List.of(), FeedStatus.NEVER)));
    }

    public void remove(Context ctx, Principal caller) {
        feeds.removeFeed(caller, target(ctx, caller), id(ctx, "feed"));
        Replies.noContent(ctx);
    }

    public void addRule(Context ctx, Principal caller) {
        TargetName target = target(ctx, caller);
        var rule = feeds.addRule(caller, target, id(ctx, "feed"), FeedJson.ruleSpec(RequestBody.json(ctx)));
        Replies.json(ctx, 201, FeedJson.rule(rule));
    }

    public void removeRule(Context ctx, Principal caller) {
        feeds.removeRule(caller, target(ctx, caller), id(ctx, "feed"), id(ctx, "rule"));
        Replies.noContent(ctx);
    }

    /** The body is a rule to try (not saved); an empty body previews the saved rules. */
    public void preview(Context ctx, Principal caller) {
        TargetName target = target(ctx, caller);
        long feed = id(ctx, "feed");
        byte[] bytes = RequestBody.read(ctx);
        Optional<RuleSpec> rule = Optional.empty();
        if (bytes.length > 0) {
            if (!RequestBody.isJson(ctx)) {
                throw new ApiError(
                        415, "unsupported_media_type", "send the rule as JSON with Content-Type: application/json");
            }
            rule = Optional.of(FeedJson.ruleSpec(Json.parse(bytes)));
        }
        ObjectNode body = Json.object();
        var items = body.putArray("items");
        feeds.preview(caller, target, feed, rule).forEach(row -> items.add(FeedJson.preview(row)));
        Replies.json(ctx, body);
    }

    public void run(Context ctx, Principal caller) {
        var report = feeds.run(caller, target(ctx, caller), id(ctx, "feed"));
        Replies.json(
                ctx,
                Json.object()
                        .put("items", report.items())
                        .put("added", report.added())
                        .put("skipped", report.skipped())
                        .put("failed", report.failed())
                        .put("error", report.error().orElse(null)));
    }

    public void history(Context ctx, Principal caller) {
        TargetName target = target(ctx, caller);
        var params = QueryParams.of(ctx, Set.of("limit"));
        int limit = params.number("limit", 1, 1000, 100);
        ObjectNode body = Json.object();
        var entries = body.putArray("entries");
        feeds.history(caller, target, id(ctx, "feed"), limit).forEach(e -> entries.add(FeedJson.history(e)));
        Replies.json(ctx, body);
    }

    private TargetName target(Context ctx, Principal caller) {
        return targets.require(caller, ctx.pathParam("target"));
    }

    private static long id(Context ctx, String param) {
        String text = ctx.pathParam(param);
        if (!text.matches("[0-9]{1,18}")) {
            throw ApiError.badRequest(param + ": expected a number, not '" + QueryParams.abbreviate(text) + "'");
        }
        return Long.parseLong(text);
    }
}
