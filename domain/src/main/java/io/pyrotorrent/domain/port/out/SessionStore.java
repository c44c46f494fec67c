package io.pyrotorrent.domain.port.out;

import io.pyrotorrent.domain.model.auth.StoredSession;
import java.util.List;
import java.util.Optional;

/** Where sessions outlive a restart: keyed by the hash of the id, written through on every change. */
public interface SessionStore {

    /** Inserts or replaces the session with this hash. */
    void save(StoredSession session);

    Optional<StoredSession> find(String idHash);

    /** Every stored session, read once at start to fill the in-memory cache. */
    List<StoredSession> all();

    /** Nothing happens for a hash that is not stored. */
    void delete(String idHash);
}
