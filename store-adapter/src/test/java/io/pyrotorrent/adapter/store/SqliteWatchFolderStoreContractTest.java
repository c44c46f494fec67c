package io.pyrotorrent.adapter.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.watchdir.WatchIntent;
import io.pyrotorrent.domain.port.out.WatchFolderStore;
import io.pyrotorrent.domain.port.out.WatchFolderStoreContract;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The watch folder store contract against a real SQLite file. */
class SqliteWatchFolderStoreContractTest extends WatchFolderStoreContract {

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
    protected WatchFolderStore store() {
        return store.watchFolders();
    }

    @Test
    void anIntent_outlivesTheProcess_forTheNextStartToSettle() {
        var intent = new WatchIntent(
                TargetName.of("main"), "a.torrent", TestTorrent.unique("kept").hash());
        store.watchFolders().intend(intent);
        store.close();

        store = Store.open(dataDir);

        assertThat(store.watchFolders().intents(TargetName.of("main"))).containsExactly(intent);
    }
}
