package io.pyrotorrent.domain.port.out;

import io.pyrotorrent.domain.fake.InMemoryWebhooks;

class InMemoryWebhookStoreContractTest extends WebhookStoreContract {

    private final WebhookStore store = new InMemoryWebhooks();

    @Override
    protected WebhookStore store() {
        return store;
    }
}
