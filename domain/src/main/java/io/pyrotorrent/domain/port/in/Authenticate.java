package io.pyrotorrent.domain.port.in;

import io.pyrotorrent.domain.model.auth.LoginAttempt;

/** Checks a name and password against the configured users, slowing down whoever keeps failing. */
public interface Authenticate {

    /** False when no users are configured: then everyone is {@code Principal.LOCAL}. */
    boolean required();

    /**
     * The user if the password matches; the same refusal for an unknown name; no check at all
     * while the name or the client address is throttled after repeated failures.
     *
     * @param clientAddress where the attempt came from, for the per-address throttle and the log
     */
    LoginAttempt logIn(String name, char[] password, String clientAddress);
}
