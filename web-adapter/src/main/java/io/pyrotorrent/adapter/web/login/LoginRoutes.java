package io.pyrotorrent.adapter.web.login;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import io.pyrotorrent.adapter.web.http.CsrfTokens;
import io.pyrotorrent.adapter.web.http.FlashCookie;
import io.pyrotorrent.adapter.web.http.FlashMessage;
import io.pyrotorrent.adapter.web.http.Pages;
import io.pyrotorrent.adapter.web.http.SecureCookies;
import io.pyrotorrent.adapter.web.http.Visitor;
import io.pyrotorrent.domain.model.auth.LoginAttempt;
import io.pyrotorrent.domain.model.auth.Session;
import io.pyrotorrent.domain.model.auth.SessionsFullException;
import io.pyrotorrent.domain.port.in.Authenticate;
import io.pyrotorrent.domain.port.in.KeepSessions;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The login form, logging in and logging out. A login always gets a new session id (whatever
 * cookie came with it ends), so an id planted before the login is worth nothing after it.
 * Logging out ends the session on the server, not just in the browser.
 */
public final class LoginRoutes {

    private static final int MAX_NAME = 128;
    private static final int MAX_PASSWORD = 1024;

    private final Authenticate authenticate;
    private final KeepSessions sessions;
    private final LoginGate gate;
    private final Pages pages;
    private final CsrfTokens csrf;

    public LoginRoutes(Authenticate authenticate, KeepSessions sessions, LoginGate gate, Pages pages, CsrfTokens csrf) {
        this.authenticate = authenticate;
        this.sessions = sessions;
        this.gate = gate;
        this.pages = pages;
        this.csrf = csrf;
    }

    /** What the login template shows. */
    record LoginPage(String next, String name, String error) {}

    public void form(Context ctx) {
        String next = Pages.safeReturnPath(ctx.queryParam("next"));
        if (!authenticate.required() || gate.session(ctx).isPresent()) {
            ctx.redirect(Pages.base(ctx) + next, HttpStatus.SEE_OTHER);
            return;
        }
        pages.render(ctx, "login", new LoginPage(next, "", ""));
    }

    public void logIn(Context ctx) {
        if (!authenticate.required()) {
            ctx.redirect(Pages.base(ctx), HttpStatus.SEE_OTHER);
            return;
        }
        // Logged in already (a second tab): the form carries the session's token.
        gate.session(ctx).ifPresent(session -> Visitor.set(ctx, session.principal(), Optional.of(session)));
        csrf.verify(ctx, ctx.formParam(CsrfTokens.FIELD));
        String next = Pages.safeReturnPath(ctx.formParam("next"));
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
        String typed = Optional.ofNullable(ctx.formParam("password")).orElse("");
        if (name.isEmpty() || name.length() > MAX_NAME || typed.isEmpty() || typed.length() > MAX_PASSWORD) {
            pages.render(
                    ctx,
                    HttpStatus.BAD_REQUEST,
                    "login",
                    new LoginPage(next, shown(name), "Enter a user name and a password."));
            return;
        }
        char[] password = typed.toCharArray();
        LoginAttempt attempt;
        try {
            attempt = authenticate.logIn(name, password, ctx.ip());
        } finally {
            Arrays.fill(password, '\0');
        }
        if (attempt instanceof LoginAttempt.Accepted accepted) {
            Session session;
            try {
                session = sessions.open(accepted.principal(), Optional.ofNullable(ctx.cookie(Session.COOKIE)));
            } catch (SessionsFullException full) {
                pages.render(
                        ctx,
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "login",
                        new LoginPage(
                                next,
                                shown(name),
                                "Too many sessions are open right now; try again when someone logs out."));
                return;
            }
            ctx.cookie(cookie(ctx, session.id(), -1));
            ctx.redirect(Pages.base(ctx) + next, HttpStatus.SEE_OTHER);
        } else if (attempt instanceof LoginAttempt.Throttled wait) {
            ctx.header("Retry-After", Long.toString(wait.seconds()));
            pages.render(
                    ctx,
                    HttpStatus.TOO_MANY_REQUESTS,
                    "login",
                    new LoginPage(
                            next,
                            shown(name),
                            "Too many failed logins for this user or from this address. Try again in " + wait.seconds()
                                    + " seconds."));
        } else {
            pages.render(
                    ctx,
                    HttpStatus.UNAUTHORIZED,
                    "login",
                    new LoginPage(next, shown(name), "Wrong user name or password."));
        }
    }

    /** Behind the gate: only a logged-in visitor gets here. */
    public void logOut(Context ctx) {
        csrf.verify(ctx, ctx.formParam(CsrfTokens.FIELD));
        Visitor.session(ctx).ifPresent(session -> sessions.close(session.id()));
        ctx.cookie(cookie(ctx, "", 0));
        FlashCookie.put(ctx, List.of(FlashMessage.ok("You are logged out.")));
        ctx.redirect(Pages.base(ctx) + "login", HttpStatus.SEE_OTHER);
    }

    private Cookie cookie(Context ctx, String value, int maxAge) {
        // No Max-Age while logged in: the browser forgets it on exit; the server ends it when idle.
        return new Cookie(
                Session.COOKIE, value, Pages.base(ctx), maxAge, SecureCookies.secure(ctx), true, null, SameSite.LAX);
    }

    private static String shown(String name) {
        return name.length() > MAX_NAME ? name.substring(0, MAX_NAME) : name;
    }
}
