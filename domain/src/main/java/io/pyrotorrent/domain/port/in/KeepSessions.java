package io.pyrotorrent.domain.port.in;

import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.auth.Session;
import java.util.Optional;

/** Browser sessions after a login: opened with fresh secrets, found while in use, closed at logout. */
public interface KeepSessions {

    /**
     * A new session with a new id and CSRF token; {@code replacing} (the old cookie's id) ends.
     *
     * @throws io.pyrotorrent.domain.model.auth.SessionsFullException when every slot is held by
     *     other users' live sessions (nobody else's session is ended to make room)
     */
    Session open(Principal principal, Optional<String> replacing);

    /**
     * The live session with this id, marking it used now; empty when unknown or idle too long.
     * Takes whatever a cookie holds, null included.
     */
    Optional<Session> find(String id);

    /** Ends the session on the server, so its cookie is worth nothing from now on. */
    void close(String id);
}
