package io.pyrotorrent.app.config;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** Reads how long a login lasts unused, written as {@code 30m}, {@code 12h} or {@code 7d}. */
final class SessionIdleSyntax {

    static final String EXPECTED = "a duration like 30m, 12h or 7d, between 1m and 30d";

    private static final Map<String, ChronoUnit> UNITS =
            Map.of("m", ChronoUnit.MINUTES, "h", ChronoUnit.HOURS, "d", ChronoUnit.DAYS);
    private static final Duration MAX = Duration.ofDays(30);

    private SessionIdleSyntax() {}

    static Duration parse(String text) {
        Duration duration = DurationSyntax.parse(text, UNITS).orElseThrow(() -> notValid(text));
        if (duration.isZero() || duration.compareTo(MAX) > 0) {
            throw notValid(text);
        }
        return duration;
    }

    private static IllegalArgumentException notValid(String text) {
        return new IllegalArgumentException(
                Quoted.of(text) + " is not a valid session idle time; expected " + EXPECTED);
    }
}
