package io.pyrotorrent.adapter.web;

import io.javalin.config.Key;
import io.javalin.http.Context;

/**
 * How the pages behave beyond the use cases. {@code secureCookies}: mark cookies Secure even when
 * a request arrived over plain HTTP (a TLS proxy in front that does not say so).
 */
public record WebOptions(boolean secureCookies) {

    public static final WebOptions DEFAULT = new WebOptions(false);

    /** Where {@link WebUi#register} leaves the options for the code that writes cookies. */
    static final Key<WebOptions> KEY = new Key<>("pyrotorrent.web.options");

    /**
     * Whether a cookie written now gets the Secure flag: when the request came over HTTPS (as the
     * server sees it, a trusted proxy's X-Forwarded-Proto included) or when configured.
     */
    static boolean secure(Context ctx) {
        return ctx.appData(KEY).secureCookies() || "https".equals(ctx.scheme());
    }
}
