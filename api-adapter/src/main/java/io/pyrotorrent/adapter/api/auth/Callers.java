package io.pyrotorrent.adapter.api.auth;

import io.javalin.http.Context;
import io.pyrotorrent.adapter.api.http.ApiError;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.port.in.Authenticate;
import io.pyrotorrent.domain.port.in.KeepSessions;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who is calling. With no users configured (the app allows that on loopback only) everyone is
 * {@link Principal#LOCAL}; otherwise one of the {@link CredentialCheck}s must recognise the
 * request: the web UI's session cookie (with a CSRF header for changes) or HTTP Basic.
 */
public final class Callers {

    /** One way of proving who one is; empty when the request does not carry it, or it is wrong. */
    public interface CredentialCheck {
        Optional<Principal> identify(Context ctx);
    }

    public static final String CHALLENGE = "Basic realm=\"pyroTorrent\"";

    private final Authenticate authenticate;
    private final List<CredentialCheck> checks;

    public Callers(Authenticate authenticate, KeepSessions sessions) {
        this.authenticate = authenticate;
        this.checks = List.of(new SessionCookie(sessions), new BasicCredentials(authenticate));
    }

    public Principal identify(Context ctx) {
        if (!authenticate.required()) {
            return Principal.LOCAL;
        }
        for (CredentialCheck check : checks) {
            Optional<Principal> caller = check.identify(ctx);
            if (caller.isPresent()) {
                return caller.get();
            }
        }
        throw new ApiError(
                401,
                "unauthorized",
                "send a user name and password with HTTP Basic authentication",
                Map.of("WWW-Authenticate", CHALLENGE));
    }

    /** Like {@link #identify}, but someone who sent nothing (or something wrong) is anonymous. */
    public Principal identifyIfAny(Context ctx) {
        try {
            return identify(ctx);
        } catch (ApiError notLoggedIn) {
            return Principal.ANONYMOUS;
        }
    }
}
