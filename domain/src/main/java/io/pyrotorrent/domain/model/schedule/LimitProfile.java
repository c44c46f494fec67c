package io.pyrotorrent.domain.model.schedule;

import java.util.Objects;

/**
 * A named pair of global limits ("night": 10 MB/s up, unlimited down), as ruTorrent's scheduler
 * names its modes. 0 is unlimited, as in rTorrent.
 */
public record LimitProfile(String name, long upBytesPerSecond, long downBytesPerSecond) {

    public static final int MAX_NAME = 40;
    /** What rTorrent takes (2^30 bytes per second). */
    public static final long MAX_RATE = io.pyrotorrent.domain.model.request.Command.MAX_RATE;

    public LimitProfile {
        Objects.requireNonNull(name, "name");
        name = name.strip();
        if (name.isEmpty() || name.length() > MAX_NAME || name.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("profile name: 1 to " + MAX_NAME + " characters on one line");
        }
        check("up", upBytesPerSecond);
        check("down", downBytesPerSecond);
    }

    private static void check(String what, long rate) {
        if (rate < 0 || rate > MAX_RATE) {
            throw new IllegalArgumentException(
                    "profile " + what + " limit: 0 (unlimited) to " + MAX_RATE + " bytes per second, not " + rate);
        }
    }
}
