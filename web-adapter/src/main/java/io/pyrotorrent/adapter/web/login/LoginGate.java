package io.pyrotorrent.adapter.web.login;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import io.pyrotorrent.adapter.web.http.Pages;
import io.pyrotorrent.adapter.web.http.Visitor;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.auth.Session;
import io.pyrotorrent.domain.port.in.Authenticate;
import io.pyrotorrent.domain.port.in.KeepSessions;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Wraps every page route: with users configured, only a live session gets through. A page asked
 * for without one is sent to the login form (which brings the visitor back afterwards); live data
 * answers 401 so the script stops polling. Without users (loopback only) everyone is local.
 */
public final class LoginGate {

    private final Authenticate authenticate;
    private final KeepSessions sessions;

    public LoginGate(Authenticate authenticate, KeepSessions sessions) {
        this.authenticate = authenticate;
        this.sessions = sessions;
    }

    public boolean required() {
        return authenticate.required();
    }

    /** A page or a form: without a session, to the login form. */
    public Handler page(Handler route) {
        return ctx -> {
            if (admit(ctx)) {
                route.handle(ctx);
                return;
            }
            String here = ctx.path()
                    .substring(Math.min(ctx.path().length(), Pages.base(ctx).length()));
            String query = ctx.queryString() == null ? "" : "?" + ctx.queryString();
            String next = "GET".equals(ctx.method().name()) ? Pages.safeReturnPath(here + query) : "";
            ctx.redirect(
                    Pages.base(ctx) + "login"
                            + (next.isEmpty() ? "" : "?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8)),
                    HttpStatus.SEE_OTHER);
        };
    }

    /** Live data for the page's script: 401 without a session. */
    public Handler data(Handler route) {
        return ctx -> {
            if (admit(ctx)) {
                route.handle(ctx);
                return;
            }
            ctx.status(HttpStatus.UNAUTHORIZED)
                    .contentType("application/json")
                    .result("{\"error\": \"your session has ended; log in again\"}");
        };
    }

    /** The session this browser's cookie names, if it is still live. */
    Optional<Session> session(Context ctx) {
        return sessions.find(ctx.cookie(Session.COOKIE));
    }

    private boolean admit(Context ctx) {
        if (!authenticate.required()) {
            Visitor.set(ctx, Principal.LOCAL, Optional.empty());
            return true;
        }
        Optional<Session> session = session(ctx);
        session.ifPresent(s -> Visitor.set(ctx, s.principal(), session));
        return session.isPresent();
    }
}
