package io.pyrotorrent.adapter.web.automation;

import io.javalin.http.Context;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.seeding.Limits;
import io.pyrotorrent.domain.model.seeding.RuleAction;
import io.pyrotorrent.domain.model.seeding.RuleScope;
import io.pyrotorrent.domain.model.seeding.SeedingRule;
import java.time.Duration;
import java.util.Optional;

/**
 * The seeding rule form as typed (to refill it after a dry run or an error), and the rule it
 * describes. Times are in hours: what a seeder thinks in ("seed 72 hours").
 */
record SeedingRuleForm(
        String name,
        String target,
        String scope,
        String scopeValue,
        String ratio,
        String seedingHours,
        String idleHours,
        String action,
        String maxPerRun) {

    static final SeedingRuleForm EMPTY = new SeedingRuleForm("", "", "label", "", "2", "", "", "stop", "10");

    static SeedingRuleForm of(Context ctx) {
        return new SeedingRuleForm(
                field(ctx, "name"),
                field(ctx, "target"),
                field(ctx, "scope"),
                field(ctx, "scope_value"),
                field(ctx, "ratio"),
                field(ctx, "seeding_hours"),
                field(ctx, "idle_hours"),
                field(ctx, "action"),
                field(ctx, "max_per_run"));
    }

    /** @throws IllegalArgumentException naming the field that is wrong */
    SeedingRule rule() {
        if (target.isEmpty()) {
            throw new IllegalArgumentException("target: required");
        }
        RuleScope ruleScope = switch (scope) {
            case "everything" -> new RuleScope.Everything();
            case "tracker" -> new RuleScope.OfTracker(scopeValue);
            default -> new RuleScope.OfLabel(Label.of(scopeValue));
        };
        var limits = new Limits(
                ratio.isEmpty() ? Optional.empty() : Optional.of(number("ratio", ratio)),
                hours("seeding time", seedingHours),
                hours("idle time", idleHours));
        return new SeedingRule(
                0,
                name,
                TargetName.of(target),
                ruleScope,
                limits,
                RuleAction.ofWord(action),
                (int) number("max per run", maxPerRun.isEmpty() ? "10" : maxPerRun),
                true);
    }

    private static Optional<Duration> hours(String what, String text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        double hours = number(what, text);
        if (hours <= 0 || hours > Limits.MAX_TIME.toHours()) {
            throw new IllegalArgumentException(
                    what + ": more than 0 and at most " + Limits.MAX_TIME.toHours() + " hours, not " + text);
        }
        return Optional.of(Duration.ofMinutes(Math.round(hours * 60)));
    }

    private static double number(String what, String text) {
        try {
            double value = Double.parseDouble(text);
            if (!Double.isFinite(value)) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + ": expected a number, not '"
                    + (text.length() <= 20 ? text : text.substring(0, 20) + "...") + "'");
        }
    }

    private static String field(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value.strip();
    }
}
