package io.pyrotorrent.adapter.store;

import io.pyrotorrent.domain.port.out.WebhookStore;
import io.pyrotorrent.domain.port.out.WebhookStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The webhook store contract against a real SQLite file (V5 replaced V3's table). */
class SqliteWebhookStoreContractTest extends WebhookStoreContract {

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
    protected WebhookStore store() {
        return store.webhooks();
    }
}
