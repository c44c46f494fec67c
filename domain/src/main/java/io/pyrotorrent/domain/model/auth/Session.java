package io.pyrotorrent.domain.model.auth;

import java.util.Objects;

/**
 * A logged-in browser: an unguessable id (the cookie), who it is, and the CSRF token its forms
 * and scripts must send back. Both secrets live only here and in that browser.
 */
public record Session(String id, Principal principal, String csrfToken) {

    /** The cookie that carries the id: the web UI sets it, the JSON API accepts it too. */
    public static final String COOKIE = "pyro_session";

    public Session {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(principal, "principal");
        Objects.requireNonNull(csrfToken, "csrfToken");
    }

    @Override
    public String toString() {
        return "Session[" + principal.name() + "]";
    }
}
