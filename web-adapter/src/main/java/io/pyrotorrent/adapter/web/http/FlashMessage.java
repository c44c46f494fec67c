package io.pyrotorrent.adapter.web.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One line shown once after a redirect: what was done, or what rTorrent answered when it failed.
 * Names and answers in the text are marked with {@link BidiText#isolate}, which survives the cookie.
 */
public record FlashMessage(Kind kind, String text) {

    /** A stretch of the text; an isolated one is a name or an answer, shown in its own {@code <bdi>}. */
    record Part(String text, boolean isolated) {}

    enum Kind {
        OK,
        ERROR;

        /** The CSS class and the cookie's letter. */
        String css() {
            return this == OK ? "ok" : "error";
        }
    }

    public FlashMessage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    public static FlashMessage ok(String text) {
        return new FlashMessage(Kind.OK, text);
    }

    public static FlashMessage error(String text) {
        return new FlashMessage(Kind.ERROR, text);
    }

    /** The text cut at the isolation marks, which leave it (a mark left open runs to the end). */
    public List<Part> parts() {
        var parts = new ArrayList<Part>();
        int at = 0;
        while (at < text.length()) {
            int open = text.indexOf(BidiText.FSI, at);
            if (open < 0) {
                parts.add(new Part(text.substring(at), false));
                break;
            }
            if (open > at) {
                parts.add(new Part(text.substring(at, open), false));
            }
            int close = text.indexOf(BidiText.PDI, open + 1);
            int end = close < 0 ? text.length() : close;
            parts.add(new Part(text.substring(open + 1, end), true));
            at = end + 1;
        }
        return parts;
    }

    /** For templates: "ok" or "error". */
    public String css() {
        return kind.css();
    }
}
