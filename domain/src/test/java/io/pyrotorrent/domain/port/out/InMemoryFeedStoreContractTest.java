package io.pyrotorrent.domain.port.out;

import io.pyrotorrent.domain.fake.InMemoryFeedStore;

/** The feed store contract against the in-memory fake the domain tests use. */
class InMemoryFeedStoreContractTest extends FeedStoreContract {

    private final FeedStore store = new InMemoryFeedStore();

    @Override
    protected FeedStore feeds() {
        return store;
    }
}
