package io.pyrotorrent.domain.port.out;

import io.pyrotorrent.domain.fake.InMemorySeedingRules;

class InMemoryAutomationStoreContractTest extends AutomationStoreContract {

    private final SeedingRuleStore rules = new InMemorySeedingRules();

    @Override
    protected SeedingRuleStore seedingRules() {
        return rules;
    }
}
