package io.pyrotorrent.app.config;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;

/** Reads timeouts written as {@code 500ms}, {@code 10s} or {@code 2m}. */
final class TimeoutSyntax {

    static final String EXPECTED = "a positive duration like 500ms, 10s or 2m, at most 60m";

    /** An hour is far beyond any sane rTorrent call, and caps what the transports turn into nanoseconds. */
    static final Duration MAX = Duration.ofHours(1);

    private static final Map<String, ChronoUnit> UNITS =
            Map.of("ms", ChronoUnit.MILLIS, "s", ChronoUnit.SECONDS, "m", ChronoUnit.MINUTES);

    private TimeoutSyntax() {}

    static Duration parse(String text) {
        return requireValid(DurationSyntax.parse(text, UNITS).orElseThrow(() -> notValid(text)), text);
    }

    static Duration requireValid(Duration duration, String shown) {
        if (duration.isZero() || duration.isNegative() || duration.compareTo(MAX) > 0) {
            throw notValid(shown);
        }
        return duration;
    }

    private static IllegalArgumentException notValid(String text) {
        return new IllegalArgumentException(Quoted.of(text) + " is not a valid timeout; expected " + EXPECTED);
    }
}
