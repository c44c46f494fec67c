package io.pyrotorrent.domain.model;

import java.util.Objects;
import java.util.regex.Pattern;

/** An rTorrent view (main, started, seeding, ... or one defined in rtorrent.rc). */
public record ViewName(String value) {

    // Declared before the constants below, which need it during class initialisation.
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    public static final ViewName MAIN = new ViewName("main");
    /** rTorrent treats an empty view name as "default"; so do we, once, here. */
    public static final ViewName DEFAULT = new ViewName("default");

    public ViewName {
        Objects.requireNonNull(value, "value");
        if (!NAME.matcher(value).matches()) {
            throw new IllegalArgumentException("a view name is 1-64 characters of letters, digits, "
                    + "'_', '.' or '-', not '" + InfoHash.abbreviate(value) + "'");
        }
    }

    /** Accepts "" for the default view, as rTorrent and the original pyroTorrent API do. */
    public static ViewName of(String value) {
        return value == null || value.isEmpty() ? DEFAULT : new ViewName(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
