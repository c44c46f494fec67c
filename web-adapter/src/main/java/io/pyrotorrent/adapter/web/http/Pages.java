package io.pyrotorrent.adapter.web.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.pyrotorrent.domain.model.auth.Principal;
import java.util.HashMap;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Writes pages in the site's layout: every template gets {@code base} (links start with it),
 * {@code csrf} (the form token), {@code flash} (messages from the last redirect), {@code user}
 * (who is logged in, or empty) and {@code page}, its view model. Also the 303 redirect that ends every state change.
 */
public final class Pages {

    /** Scripts and styles only from our own files: no inline code, no third party, no framing. */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; form-action 'self'; base-uri 'none'";

    /** Where a form may send the browser back to: a path below the base, never another site. */
    private static final Pattern RETURN_PATH =
            Pattern.compile("[A-Za-z0-9_.~/-]{0,500}(\\?[A-Za-z0-9_.~%=&+-]{0,1500})?");

    private final Templates templates;
    private final CsrfTokens csrf;
    private final RenderGate gate;

    /** Whether users are configured (the login gate asks for a session), so the header names one. */
    private final BooleanSupplier loginRequired;

    /** One-line notes for the header ("schedule: night, 10 MB/s up"), by who is asking. */
    private final Function<Principal, List<String>> headerNotes;

    /** The header's free space of each target the caller may see (where it is visible here). */
    private final Function<Principal, List<HeaderDisk>> headerDisks;

    Pages(Templates templates, CsrfTokens csrf, BooleanSupplier loginRequired) {
        this(templates, csrf, loginRequired, caller -> List.of(), caller -> List.of());
    }

    public Pages(
            Templates templates,
            CsrfTokens csrf,
            BooleanSupplier loginRequired,
            Function<Principal, List<String>> headerNotes,
            Function<Principal, List<HeaderDisk>> headerDisks) {
        this(templates, csrf, loginRequired, headerNotes, headerDisks, new RenderGate());
    }

    Pages(
            Templates templates,
            CsrfTokens csrf,
            BooleanSupplier loginRequired,
            Function<Principal, List<String>> headerNotes,
            Function<Principal, List<HeaderDisk>> headerDisks,
            RenderGate gate) {
        this.gate = gate;
        this.headerNotes = headerNotes;
        this.headerDisks = headerDisks;
        this.templates = templates;
        this.csrf = csrf;
        this.loginRequired = loginRequired;
    }

    public void render(Context ctx, String template, Object page) {
        render(ctx, HttpStatus.OK, template, page);
    }

    public void render(Context ctx, HttpStatus status, String template, Object page) {
        var model = new HashMap<String, Object>();
        model.put("base", base(ctx));
        model.put("csrf", csrf.tokenFor(ctx));
        model.put("flash", FlashCookie.take(ctx));
        model.put("page", page);
        // Who is logged in, for the header's name and logout button; empty without users.
        model.put(
                "user",
                loginRequired.getAsBoolean()
                        ? Visitor.session(ctx).map(s -> s.principal().name()).orElse("")
                        : "");
        // Only behind the login gate: the login page has no visitor and shows nobody's schedule.
        model.put("headerNotes", Visitor.ifAny(ctx).map(headerNotes).orElse(List.of()));
        model.put("headerDisks", Visitor.ifAny(ctx).map(headerDisks).orElse(List.of()));
        var html = gate.render(() -> templates.render(template, model));
        if (html.isEmpty()) {
            error(ctx, HttpStatus.SERVICE_UNAVAILABLE, "the server is busy with other pages; try again in a moment");
            return;
        }
        write(ctx, status, html.get());
    }

    /** An error page; it leaves flash messages for the next page and issues no token. */
    public void error(Context ctx, HttpStatus status, String message) {
        error(templates, ctx, status, message);
    }

    /** The same for the app's error pipeline, which has the templates but no visitor, token or header. */
    public static void error(Templates templates, Context ctx, HttpStatus status, String message) {
        var model = new HashMap<String, Object>();
        model.put("base", base(ctx));
        model.put("csrf", "");
        model.put("flash", List.of());
        model.put("page", new ErrorPage(status.getCode(), status.getMessage(), message));
        model.put("user", "");
        model.put("headerNotes", List.of());
        model.put("headerDisks", List.of());
        write(ctx, status, templates.render("error", model));
    }

    /** What the error template shows. */
    record ErrorPage(int code, String title, String message) {}

    /** Every page, error pages included, goes out with these headers. */
    static void write(Context ctx, HttpStatus status, String html) {
        ctx.header("Content-Security-Policy", CONTENT_SECURITY_POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("Cache-Control", "no-store");
        ctx.status(status).html(html);
    }

    /** 303 to the page the form came from (its "return" field), with messages to show there once. */
    public static void redirectBack(Context ctx, String returnPath, List<FlashMessage> messages) {
        FlashCookie.put(ctx, messages);
        ctx.redirect(base(ctx) + safeReturnPath(returnPath), HttpStatus.SEE_OTHER);
    }

    /** A relative path below the base, or "" (the overview) for anything that could leave the site. */
    public static String safeReturnPath(String value) {
        if (value == null
                || !RETURN_PATH.matcher(value).matches()
                || value.startsWith("/")
                || value.contains("//")
                || value.contains("..")) {
            return "";
        }
        return value;
    }

    /** The base path every link starts with ("/" or e.g. "/torrent/" behind a reverse proxy). */
    public static String base(Context ctx) {
        String path = ctx.contextPath();
        return path.endsWith("/") ? path : path + "/";
    }
}
