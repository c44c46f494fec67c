package io.pyrotorrent.adapter.api.auth;

import io.javalin.http.Context;
import io.pyrotorrent.adapter.api.http.ApiError;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.auth.Session;
import io.pyrotorrent.domain.port.in.KeepSessions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;

/**
 * A browser logged in through the web UI calls the API with its session cookie. A browser sends
 * that cookie whoever asks it to, so a change also needs the session's CSRF token in a header,
 * which another site cannot read (pages carry it in a meta tag).
 */
final class SessionCookie implements Callers.CredentialCheck {

    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final KeepSessions sessions;

    SessionCookie(KeepSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    public Optional<Principal> identify(Context ctx) {
        Optional<Session> session = sessions.find(ctx.cookie(Session.COOKIE));
        if (session.isEmpty()) {
            return Optional.empty();
        }
        if (!SAFE_METHODS.contains(ctx.method().name()) && !tokenMatches(ctx.header(CSRF_HEADER), session.get())) {
            throw new ApiError(
                    403,
                    "csrf",
                    "a change made with a session cookie needs the session's token in the " + CSRF_HEADER
                            + " header (pages carry it in <meta name=\"csrf-token\">)");
        }
        return Optional.of(session.get().principal());
    }

    private static boolean tokenMatches(String sent, Session session) {
        return sent != null
                && MessageDigest.isEqual(
                        sent.getBytes(StandardCharsets.UTF_8),
                        session.csrfToken().getBytes(StandardCharsets.UTF_8));
    }
}
