package io.pyrotorrent.adapter.api.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pyrotorrent.adapter.api.http.Json;
import io.pyrotorrent.adapter.api.http.JsonFields;
import io.pyrotorrent.domain.model.DownloadDirectory;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.rss.FeedItem;
import io.pyrotorrent.domain.model.rss.FeedSpec;
import io.pyrotorrent.domain.model.rss.FeedView;
import io.pyrotorrent.domain.model.rss.HistoryEntry;
import io.pyrotorrent.domain.model.rss.PreviewRow;
import io.pyrotorrent.domain.model.rss.Rule;
import io.pyrotorrent.domain.model.rss.RuleSpec;
import io.pyrotorrent.domain.model.rss.Verdict;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/** Feeds, rules, preview rows and history in JSON, and rules and feeds read from it. */
final class FeedJson {

    static final Set<String> FEED_FIELDS = Set.of("name", "url", "intervalMinutes");
    static final Set<String> RULE_FIELDS = Set.of(
            "name", "include", "exclude", "minBytes", "maxBytes", "label", "directory", "start", "onePerEpisode");

    private FeedJson() {}

    static FeedSpec feedSpec(JsonNode node) {
        var fields = JsonFields.of(node, FEED_FIELDS);
        var minutes = fields.wholeNumber("intervalMinutes", 5, 1440);
        return FeedSpec.parse(
                fields.requiredText("name", 100),
                fields.requiredText("url", 2000),
                minutes.map(String::valueOf).orElse(""));
    }

    static RuleSpec ruleSpec(JsonNode node) {
        var fields = JsonFields.of(node, RULE_FIELDS);
        return new RuleSpec(
                fields.requiredText("name", 100),
                fields.text("include", 500).orElse(""),
                fields.text("exclude", 500).orElse(""),
                optional(fields.wholeNumber("minBytes", 0, Long.MAX_VALUE)),
                optional(fields.wholeNumber("maxBytes", 0, Long.MAX_VALUE)),
                fields.text("label", Label.MAX_LENGTH).map(Label::of).orElse(Label.NONE),
                fields.text("directory", 4096).filter(d -> !d.isBlank()).map(DownloadDirectory::of),
                fields.flag("start").orElse(true),
                fields.flag("onePerEpisode").orElse(false));
    }

    private static OptionalLong optional(Optional<Long> value) {
        return value.map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    static ObjectNode feed(FeedView view) {
        var feed = view.feed();
        ObjectNode json = Json.object()
                .put("id", feed.id())
                .put("name", feed.spec().name())
                .put("url", feed.spec().url().toString())
                .put("intervalMinutes", feed.spec().interval().toMinutes())
                .put(
                        "checkedAt",
                        view.status().checkedAt().map(Object::toString).orElse(null))
                .put("error", view.status().error().orElse(null))
                .put("items", view.status().items());
        var rules = json.putArray("rules");
        view.rules().forEach(rule -> rules.add(rule(rule)));
        return json;
    }

    static ObjectNode rule(Rule rule) {
        RuleSpec spec = rule.spec();
        ObjectNode json = Json.object()
                .put("id", rule.id())
                .put("name", spec.name())
                .put("include", spec.include())
                .put("exclude", spec.exclude());
        if (spec.minBytes().isPresent()) {
            json.put("minBytes", spec.minBytes().getAsLong());
        }
        if (spec.maxBytes().isPresent()) {
            json.put("maxBytes", spec.maxBytes().getAsLong());
        }
        return json.put("label", spec.label().value())
                .put("directory", spec.directory().map(DownloadDirectory::path).orElse(null))
                .put("start", spec.start())
                .put("onePerEpisode", spec.onePerEpisode());
    }

    static ObjectNode preview(PreviewRow row) {
        FeedItem item = row.item();
        ObjectNode json = Json.object()
                .put("guid", item.guid())
                .put("title", item.title())
                .put("link", item.link());
        if (item.bytes().isPresent()) {
            json.put("bytes", item.bytes().getAsLong());
        }
        return json.put("take", row.verdict() instanceof Verdict.Take)
                .put("reason", row.verdict().reason());
    }

    static ObjectNode history(HistoryEntry entry) {
        return Json.object()
                .put("at", entry.at().toString())
                .put("guid", entry.guid())
                .put("title", entry.title())
                .put("state", entry.state().name().toLowerCase(java.util.Locale.ROOT))
                .put("reason", entry.reason())
                .put("hash", entry.hash().orElse(null));
    }
}
