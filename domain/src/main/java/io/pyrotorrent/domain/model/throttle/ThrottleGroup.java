package io.pyrotorrent.domain.model.throttle;

import java.util.Objects;

/**
 * A named pair of limits, in KiB/s as rTorrent's {@code throttle.up} / {@code throttle.down} take
 * them; 0 is unlimited. A group limits nothing while rTorrent's global limit of the same
 * direction is unlimited: its throttle is a slave of the global one (tried on 0.9.8 and 0.16).
 */
public record ThrottleGroup(ThrottleName name, long upKiB, long downKiB) {

    /** rTorrent takes rates up to 2^30 bytes per second: 2^20 KiB. */
    public static final long MAX_KIB = 1L << 20;

    public ThrottleGroup {
        Objects.requireNonNull(name, "name");
        check("up", upKiB);
        check("down", downKiB);
    }

    private static void check(String field, long kib) {
        if (kib < 0 || kib > MAX_KIB) {
            throw new IllegalArgumentException(
                    field + ": a group's rate is 0 (unlimited) to " + MAX_KIB + " KiB/s, not " + kib);
        }
    }
}
