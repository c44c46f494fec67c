package io.pyrotorrent.domain.model.auth;

/**
 * Every session slot is held by other users' live sessions: the login is refused rather than
 * ending somebody else's session to make room. Slots come back as sessions end or go idle.
 */
public final class SessionsFullException extends RuntimeException {

    public SessionsFullException(int limit) {
        super("all " + limit + " sessions are in use by other users; try again when one ends");
    }
}
