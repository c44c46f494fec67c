package io.pyrotorrent.app.managed;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The BitTorrent listening ports of the managed rTorrent. Parsed strictly because the text goes
 * into the rc file: anything looser could smuggle extra commands into it.
 */
record PortRange(int first, int last) {

    private static final Pattern FORM = Pattern.compile("(\\d{1,5})-(\\d{1,5})");

    PortRange {
        if (first < 1 || last > 65535 || first > last) {
            throw new IllegalArgumentException(
                    "port range must be two ports 1-65535, first <= last, got " + first + "-" + last);
        }
    }

    static PortRange parse(String text) {
        Matcher matcher = FORM.matcher(text == null ? "" : text.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("port range must look like '49164-49174', got '" + text + "'");
        }
        return new PortRange(Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2)));
    }

    @Override
    public String toString() {
        return first + "-" + last;
    }
}
