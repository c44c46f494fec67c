package io.pyrotorrent.domain.model.throttle;

/**
 * A group's limits as rTorrent reads them back, in bytes/s: {@link #UNKNOWN} when that direction
 * of the group was never defined (or rTorrent restarted), 0 when it limits nothing (unlimited, or
 * the global limit of that direction is unlimited).
 */
public record ThrottleLimits(long upBytes, long downBytes) {

    public static final long UNKNOWN = -1;

    /** Whether rTorrent knows the group at all (either direction). */
    public boolean known() {
        return upBytes != UNKNOWN || downBytes != UNKNOWN;
    }
}
