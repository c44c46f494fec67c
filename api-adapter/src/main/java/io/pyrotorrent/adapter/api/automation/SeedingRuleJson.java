package io.pyrotorrent.adapter.api.automation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pyrotorrent.adapter.api.http.ApiError;
import io.pyrotorrent.adapter.api.http.Json;
import io.pyrotorrent.adapter.api.http.JsonFields;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.seeding.Limits;
import io.pyrotorrent.domain.model.seeding.RuleAction;
import io.pyrotorrent.domain.model.seeding.RuleMatch;
import io.pyrotorrent.domain.model.seeding.RuleScope;
import io.pyrotorrent.domain.model.seeding.RuleView;
import io.pyrotorrent.domain.model.seeding.SeedingRule;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

/**
 * A seeding rule as JSON: {"name", "target", "label" or "tracker" (neither: every torrent),
 * "ratio", "seedingMinutes", "idleMinutes" (at least one), "action" (stop, remove,
 * remove-with-data), "maxPerRun", "enabled"}.
 */
final class SeedingRuleJson {

    static final Set<String> FIELDS = Set.of(
            "name",
            "target",
            "label",
            "tracker",
            "ratio",
            "seedingMinutes",
            "idleMinutes",
            "action",
            "maxPerRun",
            "enabled");
    private static final long MAX_MINUTES = Limits.MAX_TIME.toMinutes();

    private SeedingRuleJson() {}

    static SeedingRule read(JsonNode node, long id) {
        JsonFields body = JsonFields.of(node, FIELDS);
        try {
            Optional<String> label = body.text("label", Label.MAX_LENGTH);
            Optional<String> tracker = body.text("tracker", 253);
            if (label.isPresent() && tracker.isPresent()) {
                throw ApiError.badRequest("label, tracker: give one of them, or neither for every torrent");
            }
            RuleScope scope = label.<RuleScope>map(l -> new RuleScope.OfLabel(Label.of(l)))
                    .or(() -> tracker.map(RuleScope.OfTracker::new))
                    .orElseGet(RuleScope.Everything::new);
            var limits = new Limits(
                    ratio(node.get("ratio")),
                    body.wholeNumber("seedingMinutes", 1, MAX_MINUTES).map(Duration::ofMinutes),
                    body.wholeNumber("idleMinutes", 1, MAX_MINUTES).map(Duration::ofMinutes));
            return new SeedingRule(
                    id,
                    body.requiredText("name", SeedingRule.MAX_NAME),
                    TargetName.of(body.requiredText("target", 64)),
                    scope,
                    limits,
                    RuleAction.ofWord(body.text("action", 40).orElse("stop")),
                    body.wholeNumber("maxPerRun", 1, SeedingRule.MAX_PER_RUN)
                            .orElse(10L)
                            .intValue(),
                    body.flag("enabled").orElse(true));
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    private static Optional<Double> ratio(JsonNode node) {
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        if (!node.isNumber()) {
            throw ApiError.badRequest("ratio: expected a number, got " + Json.typeOf(node));
        }
        return Optional.of(node.asDouble());
    }

    static ObjectNode write(RuleView view) {
        SeedingRule rule = view.rule();
        ObjectNode json = Json.object()
                .put("id", rule.id())
                .put("name", rule.name())
                .put("target", rule.target().value());
        if (rule.scope() instanceof RuleScope.OfLabel of) {
            json.put("label", of.label().value());
        } else if (rule.scope() instanceof RuleScope.OfTracker of) {
            json.put("tracker", of.host());
        }
        rule.limits().ratio().ifPresent(r -> json.put("ratio", r));
        rule.limits().seeding().ifPresent(t -> json.put("seedingMinutes", t.toMinutes()));
        rule.limits().idle().ifPresent(t -> json.put("idleMinutes", t.toMinutes()));
        json.put("action", rule.action().word())
                .put("maxPerRun", rule.maxPerRun())
                .put("enabled", rule.enabled());
        ObjectNode status = json.putObject("status");
        view.status().lastRun().ifPresent(at -> status.put("lastRun", at.toString()));
        status.put("result", view.status().result())
                .put("waiting", view.status().waiting());
        return json;
    }

    static ObjectNode match(RuleMatch match) {
        return Json.object()
                .put("hash", match.hash().hex())
                .put("name", match.name())
                .put("reason", match.reason());
    }
}
