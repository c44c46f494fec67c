package io.pyrotorrent.adapter.store;

import io.pyrotorrent.domain.port.out.FeedStore;
import io.pyrotorrent.domain.port.out.FeedStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/** The feed store contract against a real SQLite file. */
class SqliteFeedStoreContractTest extends FeedStoreContract {

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
    protected FeedStore feeds() {
        return store.feeds();
    }
}
