package io.pyrotorrent.adapter.web.http;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Carries flash messages across a 303 redirect in a short-lived cookie rather than the URL, so a
 * reload or a shared link never repeats them. The text is data: templates escape it like any other.
 */
public final class FlashCookie {

    static final String NAME = "pyro_flash";
    /** Browsers keep about 4 KB per cookie; the rest of a long list is summarised. */
    private static final int MAX_ENCODED = 3000;

    private static final int MAX_TEXT = 400;

    private FlashCookie() {}

    public static void put(Context ctx, List<FlashMessage> messages) {
        var lines = new ArrayList<String>();
        int length = 0;
        for (int i = 0; i < messages.size(); i++) {
            FlashMessage m = messages.get(i);
            String text = m.text().length() > MAX_TEXT ? m.text().substring(0, MAX_TEXT - 1) + "…" : m.text();
            String line = (m.kind() == FlashMessage.Kind.OK ? "o" : "e") + text.replace('\n', ' ');
            length += line.getBytes(StandardCharsets.UTF_8).length * 4 / 3 + 4;
            if (length > MAX_ENCODED) {
                lines.add("e…and " + (messages.size() - i) + " more messages");
                break;
            }
            lines.add(line);
        }
        String value = Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(String.join("\n", lines).getBytes(StandardCharsets.UTF_8));
        ctx.cookie(cookie(ctx, value, 60));
    }

    /** The messages left by the previous request, removing them so they show once. */
    static List<FlashMessage> take(Context ctx) {
        String value = ctx.cookie(NAME);
        if (value == null || value.isEmpty()) {
            return List.of();
        }
        ctx.cookie(cookie(ctx, "", 0));
        try {
            var messages = new ArrayList<FlashMessage>();
            for (String line : new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8).split("\n")) {
                if (line.length() > 1) {
                    messages.add(
                            line.charAt(0) == 'o'
                                    ? FlashMessage.ok(line.substring(1))
                                    : FlashMessage.error(line.substring(1)));
                }
            }
            return messages;
        } catch (IllegalArgumentException notOurs) {
            return List.of();
        }
    }

    private static Cookie cookie(Context ctx, String value, int maxAge) {
        return new Cookie(NAME, value, Pages.base(ctx), maxAge, SecureCookies.secure(ctx), true, null, SameSite.LAX);
    }
}
