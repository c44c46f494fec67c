package io.pyrotorrent.domain.model.settings;

/** User text quoted back in a message: short, one line, so a message never carries a payload. */
final class BoundedKey {

    private static final int SHOWN = 60;

    private BoundedKey() {}

    static String shown(String text) {
        String line = text.replaceAll("\\p{Cntrl}", "?");
        return line.length() <= SHOWN ? line : line.substring(0, SHOWN) + "...";
    }
}
