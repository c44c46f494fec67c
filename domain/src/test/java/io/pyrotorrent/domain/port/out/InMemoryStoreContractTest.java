package io.pyrotorrent.domain.port.out;

import io.pyrotorrent.domain.fake.InMemoryAuditLog;
import io.pyrotorrent.domain.fake.InMemorySessionStore;

class InMemoryStoreContractTest extends StoreContract {

    private final SessionStore sessions = new InMemorySessionStore();
    private final AuditLog audit = new InMemoryAuditLog();

    @Override
    protected SessionStore sessions() {
        return sessions;
    }

    @Override
    protected AuditLog audit() {
        return audit;
    }
}
