package io.pyrotorrent.adapter.store;

import io.pyrotorrent.domain.port.out.AutomationStoreContract;
import io.pyrotorrent.domain.port.out.ScheduleStore;
import io.pyrotorrent.domain.port.out.SeedingRuleStore;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The automation store contract against a real SQLite file. */
class SqliteAutomationStoreContractTest extends AutomationStoreContract {

    @TempDir
    Path dataDir;

    private Store store;

    @BeforeEach
    void open() {
        store = Store.open(dataDir);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Override
    protected ScheduleStore schedules() {
        return store.schedules();
    }

    @Override
    protected SeedingRuleStore seedingRules() {
        return store.seedingRules();
    }
}
