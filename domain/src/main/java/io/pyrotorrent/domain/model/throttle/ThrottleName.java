package io.pyrotorrent.domain.model.throttle;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The name of an rTorrent throttle group. rTorrent itself takes any string but "" and "NULL"
 * (spaces and commas too, tried on 0.9.8 and 0.16), yet a name goes into rc-file lines
 * ({@code throttle.up = NAME,100}) where a comma or a space would split it: so only letters,
 * digits, '.', '_' and '-', at most {@link #MAX_LENGTH}.
 */
public record ThrottleName(String value) {

    public static final int MAX_LENGTH = 32;
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]+");

    public ThrottleName {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty()
                || value.length() > MAX_LENGTH
                || !SAFE.matcher(value).matches()) {
            throw new IllegalArgumentException("a throttle group name is 1 to " + MAX_LENGTH
                    + " letters, digits, '.', '_' or '-', not '" + printable(value) + "'");
        }
        if (value.equals("NULL")) {
            throw new IllegalArgumentException("rTorrent reserves the throttle group name 'NULL'");
        }
    }

    public static ThrottleName of(String value) {
        return new ThrottleName(value);
    }

    /** Echoes what was given, but never a control character or a page of text. */
    private static String printable(String value) {
        String shown = value.codePoints()
                .map(c -> Character.isISOControl(c) ? '?' : c)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString();
        return shown.length() > 40 ? shown.substring(0, 40) + "…" : shown;
    }

    @Override
    public String toString() {
        return value;
    }
}
