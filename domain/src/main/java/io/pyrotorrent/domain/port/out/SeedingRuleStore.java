package io.pyrotorrent.domain.port.out;

import io.pyrotorrent.domain.model.seeding.SeedingRule;
import java.util.List;
import java.util.Optional;

/** The seeding rules pyroTorrent keeps, so they act after a restart with nobody logged in. */
public interface SeedingRuleStore {

    /** Every rule, oldest first. */
    List<SeedingRule> all();

    Optional<SeedingRule> find(long id);

    /** Inserts a rule with id 0 (answering it with its new id) or replaces the one with its id. */
    SeedingRule save(SeedingRule rule);

    /** Whether a rule went. */
    boolean delete(long id);
}
