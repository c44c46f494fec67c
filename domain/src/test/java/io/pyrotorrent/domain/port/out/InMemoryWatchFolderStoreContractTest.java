package io.pyrotorrent.domain.port.out;

import io.pyrotorrent.domain.fake.InMemoryWatchFolders;

class InMemoryWatchFolderStoreContractTest extends WatchFolderStoreContract {

    private final WatchFolderStore store = new InMemoryWatchFolders();

    @Override
    protected WatchFolderStore store() {
        return store;
    }
}
