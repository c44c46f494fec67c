package io.pyrotorrent.domain.model.seeding;

import io.pyrotorrent.domain.model.TargetName;
import java.util.Objects;

/**
 * One seeding rule: on one target, for the torrents of its scope that finished downloading, when
 * a limit is reached, do the action; never to more than {@code maxPerRun} torrents in one run
 * without a person confirming (a wrong limit must not empty a seedbox in one minute).
 *
 * @param id 0 for a rule not saved yet
 */
public record SeedingRule(
        long id,
        String name,
        TargetName target,
        RuleScope scope,
        Limits limits,
        RuleAction action,
        int maxPerRun,
        boolean enabled) {

    public static final int MAX_NAME = 100;
    public static final int MAX_PER_RUN = 1000;

    public SeedingRule {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("name: 1 to " + MAX_NAME + " characters on one line");
        }
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(limits, "limits");
        Objects.requireNonNull(action, "action");
        if (maxPerRun < 1 || maxPerRun > MAX_PER_RUN) {
            throw new IllegalArgumentException("max per run: 1 to " + MAX_PER_RUN + ", not " + maxPerRun);
        }
        if (id < 0) {
            throw new IllegalArgumentException("id: 0 or more");
        }
    }

    public SeedingRule withId(long newId) {
        return new SeedingRule(newId, name, target, scope, limits, action, maxPerRun, enabled);
    }
}
