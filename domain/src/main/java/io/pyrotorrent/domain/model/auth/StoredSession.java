package io.pyrotorrent.domain.model.auth;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A session as the store keeps it: under a hash of its id, never the id itself, so a copy of the
 * store (a backup, a stolen disk) logs nobody in. The user is kept by name and looked up again in
 * the current accounts when the session is read back, so a user removed from the config is out.
 *
 * @param idHash    SHA-256 of the session id, lowercase hex
 * @param user      the principal's name
 * @param csrfToken the token the browser's forms send back (worthless without the id)
 * @param lastSeen  when the session was last used, as last written, to the millisecond (what the store keeps)
 */
public record StoredSession(String idHash, String user, String csrfToken, Instant lastSeen) {

    public StoredSession {
        Objects.requireNonNull(idHash, "idHash");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(csrfToken, "csrfToken");
        lastSeen = Objects.requireNonNull(lastSeen, "lastSeen").truncatedTo(ChronoUnit.MILLIS);
        if (!idHash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException(
                    "a session is stored by a SHA-256 hex hash, not " + idHash.length() + " characters");
        }
    }

    public StoredSession seenAt(Instant when) {
        return new StoredSession(idHash, user, csrfToken, when);
    }

    @Override
    public String toString() {
        return "StoredSession[" + user + "]";
    }
}
