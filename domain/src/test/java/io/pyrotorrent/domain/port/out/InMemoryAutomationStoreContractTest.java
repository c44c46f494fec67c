package io.pyrotorrent.domain.port.out;

import io.pyrotorrent.domain.fake.InMemorySchedules;
import io.pyrotorrent.domain.fake.InMemorySeedingRules;

class InMemoryAutomationStoreContractTest extends AutomationStoreContract {

    private final SeedingRuleStore rules = new InMemorySeedingRules();
    private final ScheduleStore schedules = new InMemorySchedules();

    @Override
    protected ScheduleStore schedules() {
        return schedules;
    }

    @Override
    protected SeedingRuleStore seedingRules() {
        return rules;
    }
}
