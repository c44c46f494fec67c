package io.pyrotorrent.adapter.store;

import io.pyrotorrent.domain.port.out.AuditLog;
import io.pyrotorrent.domain.port.out.SessionStore;
import io.pyrotorrent.domain.port.out.StoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The store contract against a real SQLite file. */
class SqliteStoreContractTest extends StoreContract {

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
    protected SessionStore sessions() {
        return store.sessions();
    }

    @Override
    protected AuditLog audit() {
        return store.audit();
    }
}
