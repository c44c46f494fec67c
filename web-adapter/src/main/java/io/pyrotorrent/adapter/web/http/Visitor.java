package io.pyrotorrent.adapter.web.http;

import io.javalin.http.Context;
import io.pyrotorrent.adapter.web.login.LoginGate;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.auth.Session;
import java.util.Optional;

/**
 * Who is asking, as {@link LoginGate} found out before the route ran. A route reached without the
 * gate has no visitor and fails closed rather than act for nobody in particular.
 */
public final class Visitor {

    private static final String PRINCIPAL = "pyro.principal";
    private static final String SESSION = "pyro.session";

    private Visitor() {}

    public static void set(Context ctx, Principal principal, Optional<Session> session) {
        ctx.attribute(PRINCIPAL, principal);
        session.ifPresent(s -> ctx.attribute(SESSION, s));
    }

    /** The caller every use case is asked for. */
    public static Principal of(Context ctx) {
        Principal principal = ctx.attribute(PRINCIPAL);
        if (principal == null) {
            throw new IllegalStateException("route " + ctx.path() + " is not behind the login gate");
        }
        return principal;
    }

    /** The caller, when the route is behind the login gate (the login page is not). */
    static Optional<Principal> ifAny(Context ctx) {
        return Optional.ofNullable(ctx.attribute(PRINCIPAL));
    }

    /** The logged-in session, if there is one (never when no users are configured). */
    public static Optional<Session> session(Context ctx) {
        return Optional.ofNullable(ctx.attribute(SESSION));
    }
}
