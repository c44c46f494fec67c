package io.pyrotorrent.domain.model;

import java.util.Objects;
import java.util.regex.Pattern;

/** The configured name of one rTorrent instance; it appears in URLs, so it is kept URL-safe. */
public record TargetName(String value) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]{0,63}");

    public TargetName {
        Objects.requireNonNull(value, "value");
        if (!NAME.matcher(value).matches()) {
            throw new IllegalArgumentException("a target name is 1-64 characters of letters, digits, "
                    + "'_', '.' or '-', starting with a letter or digit, not '"
                    + InfoHash.abbreviate(value) + "'");
        }
    }

    public static TargetName of(String value) {
        return new TargetName(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
