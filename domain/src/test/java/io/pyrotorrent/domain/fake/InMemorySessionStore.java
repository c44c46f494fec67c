package io.pyrotorrent.domain.fake;

import io.pyrotorrent.domain.model.auth.StoredSession;
import io.pyrotorrent.domain.port.out.SessionStore;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** A {@link SessionStore} in a map: what the contract suite holds the real store to. */
public final class InMemorySessionStore implements SessionStore {

    private final Map<String, StoredSession> sessions = new ConcurrentHashMap<>();

    @Override
    public void save(StoredSession session) {
        sessions.put(session.idHash(), session);
    }

    @Override
    public Optional<StoredSession> find(String idHash) {
        return Optional.ofNullable(sessions.get(idHash));
    }

    @Override
    public List<StoredSession> all() {
        return List.copyOf(sessions.values());
    }

    @Override
    public void delete(String idHash) {
        sessions.remove(idHash);
    }
}
