package io.pyrotorrent.adapter.web.automation;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.pyrotorrent.adapter.web.http.BidiText;
import io.pyrotorrent.adapter.web.http.CsrfTokens;
import io.pyrotorrent.adapter.web.http.FlashMessage;
import io.pyrotorrent.adapter.web.http.Pages;
import io.pyrotorrent.adapter.web.http.Visitor;
import io.pyrotorrent.domain.model.DownloadDirectory;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.UnknownTargetException;
import io.pyrotorrent.domain.model.rss.FeedSpec;
import io.pyrotorrent.domain.model.rss.FeedView;
import io.pyrotorrent.domain.model.rss.RuleSpec;
import io.pyrotorrent.domain.port.in.ManageFeeds;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * /automation/rss: feeds, rules, the preview of a rule before it is saved, and history. Every
 * change is a form (CSRF-checked) that comes back to the page with a message; the rule form with
 * "Preview" renders the page again with the form as typed and what it would take now.
 */
public final class RssRoutes {

    static final String PATH = "automation/rss";
    private static final List<String> RULE_FIELDS =
            List.of("name", "include", "exclude", "minMb", "maxMb", "label", "directory", "paused", "episode");

    private final ManageFeeds feeds;
    private final Pages pages;
    private final CsrfTokens csrf;

    public RssRoutes(ManageFeeds feeds, Pages pages, CsrfTokens csrf) {
        this.feeds = feeds;
        this.pages = pages;
        this.csrf = csrf;
    }

    public void page(Context ctx) {
        TargetName target = target(ctx, ctx.queryParam("target"));
        long feed = number(ctx.queryParam("feed"));
        var empty = new LinkedHashMap<String, String>();
        RULE_FIELDS.forEach(field -> empty.put(field, ""));
        render(ctx, HttpStatus.OK, target, feed, empty, "", Optional.empty());
    }

    public void addFeed(Context ctx) {
        csrf.verify(ctx, ctx.formParam(CsrfTokens.FIELD));
        TargetName target = target(ctx, ctx.formParam("target"));
        try {
            var feed = feeds.addFeed(
                    Visitor.of(ctx),
                    target,
                    FeedSpec.parse(ctx.formParam("name"), ctx.formParam("url"), ctx.formParam("interval")));
            back(
                    ctx,
                    target,
                    feed.id(),
                    FlashMessage.ok("Added feed " + BidiText.isolate(feed.spec().name())));
        } catch (IllegalArgumentException e) {
            back(ctx, target, 0, FlashMessage.error("Feed not added: " + e.getMessage()));
        }
    }

    public void removeFeed(Context ctx) {
        csrf.verify(ctx, ctx.formParam(CsrfTokens.FIELD));
        TargetName target = target(ctx, ctx.formParam("target"));
        feeds.removeFeed(Visitor.of(ctx), target, number(ctx.pathParam("feed")));
        back(ctx, target, 0, FlashMessage.ok("Removed the feed, its rules and its history"));
    }

    public void rule(Context ctx) {
        csrf.verify(ctx, ctx.formParam(CsrfTokens.FIELD));
        TargetName target = target(ctx, ctx.formParam("target"));
        long feed = number(ctx.pathParam("feed"));
        var form = new LinkedHashMap<String, String>();
        RULE_FIELDS.forEach(field ->
                form.put(field, Optional.ofNullable(ctx.formParam(field)).orElse("")));
        RuleSpec spec;
        try {
            spec = spec(form);
        } catch (IllegalArgumentException e) {
            render(ctx, HttpStatus.BAD_REQUEST, target, feed, form, e.getMessage(), Optional.empty());
            return;
        }
        if ("preview".equals(ctx.formParam("do"))) {
            render(ctx, HttpStatus.OK, target, feed, form, "", Optional.of(spec));
            return;
        }
        feeds.addRule(Visitor.of(ctx), target, feed, spec);
        back(ctx, target, feed, FlashMessage.ok("Saved rule " + BidiText.isolate(spec.name())));
    }

    public void removeRule(Context ctx) {
        csrf.verify(ctx, ctx.formParam(CsrfTokens.FIELD));
        TargetName target = target(ctx, ctx.formParam("target"));
        long feed = number(ctx.pathParam("feed"));
        feeds.removeRule(Visitor.of(ctx), target, feed, number(ctx.pathParam("rule")));
        back(ctx, target, feed, FlashMessage.ok("Removed the rule"));
    }

    public void run(Context ctx) {
        csrf.verify(ctx, ctx.formParam(CsrfTokens.FIELD));
        TargetName target = target(ctx, ctx.formParam("target"));
        long feed = number(ctx.pathParam("feed"));
        var report = feeds.run(Visitor.of(ctx), target, feed);
        back(
                ctx,
                target,
                feed,
                report.error()
                        .map(e -> FlashMessage.error("The feed could not be read: " + BidiText.isolate(e)))
                        .orElse(FlashMessage.ok("Checked: " + report.items() + " items, " + report.added() + " added, "
                                + report.skipped() + " skipped, " + report.failed() + " failed")));
    }

    private void render(
            Context ctx,
            HttpStatus status,
            TargetName target,
            long feed,
            Map<String, String> form,
            String formError,
            Optional<RuleSpec> preview) {
        var caller = Visitor.of(ctx);
        List<FeedView> views = feeds.feeds(caller, target);
        var selected = views.stream()
                .filter(v -> v.feed().id() == feed)
                .findFirst()
                .or(() -> feed == 0 ? views.stream().findFirst() : Optional.empty());
        if (feed != 0 && selected.isEmpty()) {
            pages.error(ctx, HttpStatus.NOT_FOUND, "No feed " + feed + " on target " + target.value());
            return;
        }
        var previewLines = List.<RssPage.PreviewLine>of();
        String error = formError;
        if (preview.isPresent() && selected.isPresent()) {
            try {
                previewLines = feeds
                        .preview(caller, target, selected.get().feed().id(), preview)
                        .stream()
                        .map(RssPage.PreviewLine::of)
                        .toList();
            } catch (io.pyrotorrent.domain.model.rss.FeedReadException e) {
                error = "The feed could not be read for the preview: " + e.getMessage();
            }
        }
        var history = selected.map(v -> feeds.history(caller, target, v.feed().id(), 100).stream()
                        .map(RssPage.HistoryLine::of)
                        .toList())
                .orElse(List.of());
        pages.render(
                ctx,
                status,
                "rss",
                new RssPage(
                        feeds.targets(caller).stream().map(TargetName::value).toList(),
                        target.value(),
                        views.stream().map(RssPage.FeedLine::of).toList(),
                        selected.map(v -> v.feed().id()).orElse(0L),
                        selected.map(v -> v.feed().spec().name()).orElse(""),
                        selected.map(v -> v.rules().stream()
                                        .map(RssPage.RuleLine::of)
                                        .toList())
                                .orElse(List.of()),
                        form,
                        error,
                        preview.isPresent() && error.isEmpty(),
                        previewLines,
                        history));
    }

    private TargetName target(Context ctx, String named) {
        var visible = feeds.targets(Visitor.of(ctx));
        if (named == null || named.isBlank()) {
            if (visible.isEmpty()) {
                throw new UnknownTargetException("");
            }
            return visible.get(0);
        }
        TargetName target;
        try {
            target = TargetName.of(named);
        } catch (IllegalArgumentException e) {
            throw new UnknownTargetException(named);
        }
        if (!visible.contains(target)) {
            throw new UnknownTargetException(named);
        }
        return target;
    }

    private static RuleSpec spec(Map<String, String> form) {
        return new RuleSpec(
                form.get("name").strip(),
                form.get("include").strip(),
                form.get("exclude").strip(),
                megabytes("minimum size", form.get("minMb")),
                megabytes("maximum size", form.get("maxMb")),
                form.get("label").isBlank()
                        ? Label.NONE
                        : Label.of(form.get("label").strip()),
                form.get("directory").isBlank()
                        ? Optional.empty()
                        : Optional.of(DownloadDirectory.of(form.get("directory").strip())),
                form.get("paused").isEmpty(),
                !form.get("episode").isEmpty());
    }

    private static OptionalLong megabytes(String field, String text) {
        if (text.isBlank()) {
            return OptionalLong.empty();
        }
        try {
            double mib = Double.parseDouble(text.strip());
            if (mib < 0 || mib > 1e9 || Double.isNaN(mib)) {
                throw new NumberFormatException();
            }
            return OptionalLong.of((long) (mib * 1024 * 1024));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(field + ": expected a number of MiB, like 700 or 1.5");
        }
    }

    private static long number(String text) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        if (!text.matches("[0-9]{1,18}")) {
            throw new io.javalin.http.NotFoundResponse("no such feed or rule");
        }
        return Long.parseLong(text);
    }

    private static void back(Context ctx, TargetName target, long feed, FlashMessage message) {
        Pages.redirectBack(
                ctx, PATH + "?target=" + target.value() + (feed == 0 ? "" : "&feed=" + feed), List.of(message));
    }
}
