package io.pyrotorrent.adapter.web.automation;

import io.pyrotorrent.domain.model.seeding.RuleMatch;
import io.pyrotorrent.domain.model.seeding.RuleView;
import io.pyrotorrent.domain.model.seeding.SeedingRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The automation page: the seeding rules with their last run, the new-rule form as typed, and a
 * dry run's matches or the form's error when there is one; the chosen target's bandwidth schedule;
 * the watch folders and webhooks, when the page has them.
 */
record AutomationPage(
        List<Rule> rules,
        SeedingRuleForm form,
        Optional<String> formError,
        Optional<List<Match>> dryRun,
        List<String> targets,
        Optional<SchedulePage> schedule,
        Optional<String> scheduleError,
        Optional<WatchFolderSection> watch,
        Optional<WebhookSection> webhooks) {

    /** One rule in words, with what it waits for. */
    record Rule(
            long id,
            String name,
            String target,
            String scope,
            String limits,
            String action,
            int maxPerRun,
            boolean enabled,
            String lastRun,
            String result,
            int waiting) {

        static Rule of(RuleView view) {
            SeedingRule rule = view.rule();
            return new Rule(
                    rule.id(),
                    rule.name(),
                    rule.target().value(),
                    rule.scope().describe(),
                    AutomationPage.limits(rule),
                    rule.action().word(),
                    rule.maxPerRun(),
                    rule.enabled(),
                    view.status().lastRun().map(Object::toString).orElse("not yet"),
                    view.status().result(),
                    view.status().waiting());
        }
    }

    record Match(String hash, String name, String reason) {
        static Match of(RuleMatch match) {
            return new Match(match.hash().hex(), match.name(), match.reason());
        }
    }

    private static String limits(SeedingRule rule) {
        var parts = new ArrayList<String>();
        rule.limits().ratio().ifPresent(r -> parts.add("ratio >= " + r));
        rule.limits().seeding().ifPresent(t -> parts.add("seeding >= " + hours(t)));
        rule.limits().idle().ifPresent(t -> parts.add("idle >= " + hours(t)));
        return String.join(" or ", parts);
    }

    private static String hours(java.time.Duration time) {
        long minutes = time.toMinutes();
        return minutes % 60 == 0 ? minutes / 60 + " h" : minutes + " min";
    }
}
