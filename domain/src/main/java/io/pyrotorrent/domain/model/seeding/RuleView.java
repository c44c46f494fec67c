package io.pyrotorrent.domain.model.seeding;

import java.util.Objects;

/** A rule with how its last run went: what the page and the API list. */
public record RuleView(SeedingRule rule, RuleStatus status) {
    public RuleView {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(status, "status");
    }
}
