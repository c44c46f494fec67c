package io.pyrotorrent.app.server;

import java.time.Duration;

/**
 * How long a whole body may take: a grace period plus the time its bytes need at a minimum rate.
 * A total, not a per-read timeout: a byte a second resets any idle timeout forever. 10 s plus
 * 1 s per 16 KiB lets a 10 MB upload take 11 minutes on a slow line, while a body trickling at
 * 1 byte/s is cut off after about 10 s.
 */
record BodyDeadline(Duration grace, long minBytesPerSecond) {

    static final BodyDeadline DEFAULT = new BodyDeadline(Duration.ofSeconds(10), 16 * 1024);

    BodyDeadline {
        if (grace.isNegative() || minBytesPerSecond <= 0) {
            throw new IllegalArgumentException("a body deadline needs a grace >= 0 and a rate > 0");
        }
    }

    /** The time a body that has sent {@code received} bytes so far may take in all. */
    Duration allowedFor(long received) {
        return grace.plusMillis(received * 1000 / minBytesPerSecond);
    }
}
