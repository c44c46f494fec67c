package io.pyrotorrent.adapter.web.http;

import io.javalin.config.JavalinConfig;
import io.javalin.config.Key;
import io.javalin.http.Context;

/**
 * Whether a cookie written now gets the Secure flag: when the request came over HTTPS (as the
 * server sees it, a trusted proxy's X-Forwarded-Proto included) or when configured (the web
 * options' {@code secureCookies}: a TLS proxy in front that does not say so).
 */
public final class SecureCookies {

    /** Where the UI's registration leaves the option for the code that writes cookies. */
    private static final Key<Boolean> ALWAYS = new Key<>("pyrotorrent.web.secureCookies");

    private SecureCookies() {}

    /** Called once as the UI is registered: {@code always} marks every cookie Secure. */
    public static void configure(JavalinConfig config, boolean always) {
        config.appData(ALWAYS, always);
    }

    public static boolean secure(Context ctx) {
        return ctx.appData(ALWAYS) || "https".equals(ctx.scheme());
    }
}
