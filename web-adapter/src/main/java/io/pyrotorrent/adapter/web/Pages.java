package io.pyrotorrent.adapter.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.pyrotorrent.domain.model.auth.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Writes pages in the site's layout: every template gets {@code base} (links start with it),
 * {@code csrf} (the form token), {@code flash} (messages from the last redirect), {@code user}
 * (who is logged in, or empty) and {@code page}, its view model. Also the 303 redirect that ends every state change.
 */
final class Pages {

    /** Scripts and styles only from our own files: no inline code, no third party, no framing. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    /** Where a form may send the browser back to: a path below the base, never another site. */
    private static final Pattern RETURN_PATH =
            Pattern.compile("[A-Za-z0-9_.~/-]{0,500}(\\?[A-Za-z0-9_.~%=&+-]{0,1500})?");

    private final Templates templates;
    private final ErrorPages errors;
    private final CsrfTokens csrf;
    private final LoginGate gate;

    /** One-line notes for the header ("schedule: night, 10 MB/s up"), by who is asking. */
    private final Function<Principal, List<String>> headerNotes;

    /** The header's free space of each target the caller may see (where it is visible here). */
    private final Function<Principal, List<HeaderDisk>> headerDisks;

    Pages(Templates templates, CsrfTokens csrf, LoginGate gate) {
        this(templates, csrf, gate, caller -> List.of(), caller -> List.of());
    }

    Pages(
            Templates templates,
            CsrfTokens csrf,
            LoginGate gate,
            Function<Principal, List<String>> headerNotes,
            Function<Principal, List<HeaderDisk>> headerDisks) {
        this.headerNotes = headerNotes;
        this.headerDisks = headerDisks;
        this.templates = templates;
        this.errors = new ErrorPages(templates);
        this.csrf = csrf;
        this.gate = gate;
    }

    void render(Context ctx, String template, Object page) {
        render(ctx, HttpStatus.OK, template, page);
    }

    void render(Context ctx, HttpStatus status, String template, Object page) {
        var model = new HashMap<String, Object>();
        model.put("base", WebUi.base(ctx));
        model.put("csrf", csrf.tokenFor(ctx));
        model.put("flash", FlashCookie.take(ctx));
        model.put("page", page);
        // Who is logged in, for the header's name and logout button; empty without users.
        model.put(
                "user",
                gate.required()
                        ? Visitor.session(ctx).map(s -> s.principal().name()).orElse("")
                        : "");
        // Only behind the login gate: the login page has no visitor and shows nobody's schedule.
        model.put("headerNotes", Visitor.ifAny(ctx).map(headerNotes).orElse(List.of()));
        model.put("headerDisks", Visitor.ifAny(ctx).map(headerDisks).orElse(List.of()));
        write(ctx, status, templates.render(template, model));
    }

    /** An error page; it leaves flash messages for the next page and issues no token. */
    void error(Context ctx, HttpStatus status, String message) {
        errors.page(ctx, status, message);
    }

    /** Every page, error pages included, goes out with these headers. */
    static void write(Context ctx, HttpStatus status, String html) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
        ctx.status(status).html(html);
    }

    /** 303 to the page the form came from (its "return" field), with messages to show there once. */
    static void redirectBack(Context ctx, String returnPath, List<FlashMessage> messages) {
        FlashCookie.put(ctx, messages);
        ctx.redirect(WebUi.base(ctx) + safeReturnPath(returnPath), HttpStatus.SEE_OTHER);
    }

    /** A relative path below the base, or "" (the overview) for anything that could leave the site. */
    static String safeReturnPath(String value) {
        if (value == null
                || !RETURN_PATH.matcher(value).matches()
                || value.startsWith("/")
                || value.contains("//")
                || value.contains("..")) {
            return "";
        }
        return value;
    }
}
