package io.pyrotorrent.domain.fake;

import io.pyrotorrent.domain.model.seeding.SeedingRule;
import io.pyrotorrent.domain.port.out.SeedingRuleStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A {@link SeedingRuleStore} in a map, numbering rules from 1 as SQLite does. */
public final class InMemorySeedingRules implements SeedingRuleStore {

    private final Map<Long, SeedingRule> rules = new LinkedHashMap<>();
    private long next = 1;

    @Override
    public synchronized List<SeedingRule> all() {
        return List.copyOf(new ArrayList<>(rules.values()));
    }

    @Override
    public synchronized Optional<SeedingRule> find(long id) {
        return Optional.ofNullable(rules.get(id));
    }

    @Override
    public synchronized SeedingRule save(SeedingRule rule) {
        SeedingRule saved = rule.id() == 0 ? rule.withId(next++) : rule;
        rules.put(saved.id(), saved);
        return saved;
    }

    @Override
    public synchronized boolean delete(long id) {
        return rules.remove(id) != null;
    }
}
