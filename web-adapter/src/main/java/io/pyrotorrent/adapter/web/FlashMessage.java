package io.pyrotorrent.adapter.web;

import java.util.Objects;

/** One line shown once after a redirect: what was done, or what rTorrent answered when it failed. */
record FlashMessage(Kind kind, String text) {

    enum Kind {
        OK,
        ERROR;

        /** The CSS class and the cookie's letter. */
        String css() {
            return this == OK ? "ok" : "error";
        }
    }

    FlashMessage {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(text, "text");
    }

    static FlashMessage ok(String text) {
        return new FlashMessage(Kind.OK, text);
    }

    static FlashMessage error(String text) {
        return new FlashMessage(Kind.ERROR, text);
    }

    /** For templates: "ok" or "error". */
    public String css() {
        return kind.css();
    }
}
