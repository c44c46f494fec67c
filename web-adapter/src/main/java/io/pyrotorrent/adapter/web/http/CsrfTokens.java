package io.pyrotorrent.adapter.web.http;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import io.pyrotorrent.domain.model.auth.Session;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * CSRF tokens. Logged in, each form carries the session's own token, kept on the server. Without
 * a session (the login form; no users configured), double-submit: a random token in an HttpOnly,
 * SameSite=Lax cookie and the same value in each form. Another site can make a browser send a
 * cookie but cannot read it to fill the form field, so a POST whose field matches came from one of
 * our pages.
 */
public final class CsrfTokens {

    public static final String COOKIE = "pyro_csrf";
    public static final String FIELD = "csrf";
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final SecureRandom random = new SecureRandom();

    /** The visitor's token: the session's when logged in, else the cookie's (issued the first time). */
    String tokenFor(Context ctx) {
        Optional<Session> session = Visitor.session(ctx);
        if (session.isPresent()) {
            return session.get().csrfToken();
        }
        String existing = ctx.cookie(COOKIE);
        if (existing != null && TOKEN.matcher(existing).matches()) {
            return existing;
        }
        var bytes = new byte[32];
        random.nextBytes(bytes);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        ctx.cookie(new Cookie(COOKIE, token, Pages.base(ctx), -1, SecureCookies.secure(ctx), true, null, SameSite.LAX));
        return token;
    }

    /**
     * Throws {@link Refused} unless the form's token equals the session's (when logged in) or the
     * cookie's, compared in constant time.
     */
    public void verify(Context ctx, String submitted) {
        String cookie = Visitor.session(ctx).map(Session::csrfToken).orElse(ctx.cookie(COOKIE));
        if (cookie == null
                || submitted == null
                || !TOKEN.matcher(cookie).matches()
                || !MessageDigest.isEqual(
                        cookie.getBytes(StandardCharsets.US_ASCII), submitted.getBytes(StandardCharsets.US_ASCII))) {
            throw new Refused();
        }
    }

    /** A state change without a valid token: answered with a 403 page, nothing done. */
    public static final class Refused extends RuntimeException {
        Refused() {
            super("The form's security token is missing or out of date. Go back, reload the page and try again.");
        }
    }
}
