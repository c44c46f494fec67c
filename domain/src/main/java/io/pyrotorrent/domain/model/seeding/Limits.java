package io.pyrotorrent.domain.model.seeding;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * When a seeding torrent has done enough: any one limit reached is enough (ruTorrent's ratio
 * groups and qBittorrent's seeding limits work the same way). At least one limit is set.
 *
 * @param ratio   uploaded / downloaded, at least this
 * @param seeding time since the download finished, at least this
 * @param idle    time without upload or download, at least this
 */
public record Limits(Optional<Double> ratio, Optional<Duration> seeding, Optional<Duration> idle) {

    /** A ratio above this is a typo, not a goal: 10,000 times a torrent's size. */
    public static final double MAX_RATIO = 10_000;
    /** Ten years: anything longer is a unit mistake (seconds read as minutes...). */
    public static final Duration MAX_TIME = Duration.ofDays(3650);
    /** A minute: rules run once a minute, a shorter limit would promise what never happens. */
    public static final Duration MIN_TIME = Duration.ofMinutes(1);

    public Limits {
        Objects.requireNonNull(ratio, "ratio");
        Objects.requireNonNull(seeding, "seeding");
        Objects.requireNonNull(idle, "idle");
        if (ratio.isEmpty() && seeding.isEmpty() && idle.isEmpty()) {
            throw new IllegalArgumentException("a rule needs at least one limit: ratio, seeding time or idle time");
        }
        ratio.ifPresent(r -> {
            if (r.isNaN() || r < 0 || r > MAX_RATIO) {
                throw new IllegalArgumentException("ratio: 0 to " + (long) MAX_RATIO + ", not " + r);
            }
        });
        seeding.ifPresent(t -> checkTime("seeding time", t));
        idle.ifPresent(t -> checkTime("idle time", t));
    }

    private static void checkTime(String what, Duration time) {
        if (time.compareTo(MIN_TIME) < 0 || time.compareTo(MAX_TIME) > 0) {
            throw new IllegalArgumentException(what + ": 1 minute to 3650 days, not " + time.toMinutes() + " minutes");
        }
    }
}
