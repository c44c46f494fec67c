package io.pyrotorrent.it.browser;

import java.util.Optional;

/** The size the page sees, in CSS pixels, and whether it is a phone. */
public record Viewport(
        String name, int width, int height, double deviceScaleFactor, boolean mobile, Optional<String> userAgent) {

    /** A laptop: 1366x900, no touch, Chromium's own user agent. */
    public static final Viewport DESKTOP = new Viewport("desktop", 1366, 900, 1, false, Optional.empty());
    /**
     * A phone in portrait: 390x844 CSS pixels at 3x (iPhone 12 to 15 size), touch, and a
     * mobile user agent (Chrome on Android, of this Chromium's version), so "Mobile"
     * user-agent sniffing, {@code (pointer: coarse)} and {@code (hover: none)} behave as on a
     * phone.
     */
    public static final Viewport PHONE = new Viewport("phone", 390, 844, 3, true, Optional.empty());

    /**
     * userAgent: empty means Chromium's own for a desktop, and Chrome-on-Android of the same
     * version for a mobile viewport.
     */
    public Viewport {
        if (width < 100 || height < 100 || deviceScaleFactor <= 0) {
            throw new IllegalArgumentException(
                    "Implausible viewport " + width + "x" + height + "@" + deviceScaleFactor);
        }
    }

    /** Another desktop size, e.g. {@code Viewport.desktop(1024, 768)}. */
    public static Viewport desktop(int width, int height) {
        return new Viewport("desktop-" + width + "x" + height, width, height, 1, false, Optional.empty());
    }

    /** Another phone size (3x, touch, mobile user agent). */
    public static Viewport phone(int width, int height) {
        return new Viewport("phone-" + width + "x" + height, width, height, 3, true, Optional.empty());
    }

    /** The same width and emulation, this tall: for a full-page screenshot. */
    Viewport tall(int tallHeight) {
        return new Viewport(name + "-full", width, tallHeight, deviceScaleFactor, mobile, userAgent);
    }
}
