package io.pyrotorrent.app.config;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads how long a login lasts unused, written as {@code 30m}, {@code 12h} or {@code 7d}. */
final class SessionIdleSyntax {

    static final String EXPECTED = "a duration like 30m, 12h or 7d, between 1m and 30d";

    private static final Pattern DURATION = Pattern.compile("(\\d{1,6})(m|h|d)");
    private static final Duration MAX = Duration.ofDays(30);

    private SessionIdleSyntax() {
    }

    static Duration parse(String text) {
        Matcher matcher = DURATION.matcher(text.strip());
        if (!matcher.matches()) {
            throw notValid(text);
        }
        long amount = Long.parseLong(matcher.group(1));
        Duration duration = switch (matcher.group(2)) {
            case "m" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> Duration.ofDays(amount);
        };
        if (duration.isZero() || duration.compareTo(MAX) > 0) {
            throw notValid(text);
        }
        return duration;
    }

    private static IllegalArgumentException notValid(String text) {
        return new IllegalArgumentException(Quoted.of(text) + " is not a valid session idle time; expected " + EXPECTED);
    }
}
