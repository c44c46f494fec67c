package io.pyrotorrent.app.config;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads timeouts written as {@code 500ms}, {@code 10s} or {@code 2m}. */
final class TimeoutSyntax {

    static final String EXPECTED = "a positive duration like 500ms, 10s or 2m, at most 60m";

    /** An hour is far beyond any sane rTorrent call, and caps what the transports turn into nanoseconds. */
    static final Duration MAX = Duration.ofHours(1);

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})(ms|s|m)");

    private TimeoutSyntax() {
    }

    static Duration parse(String text) {
        Matcher matcher = DURATION.matcher(text.strip());
        if (!matcher.matches()) {
            throw notValid(text);
        }
        long amount = Long.parseLong(matcher.group(1));
        Duration duration = switch (matcher.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            default -> Duration.ofMinutes(amount);
        };
        return requireValid(duration, text);
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
