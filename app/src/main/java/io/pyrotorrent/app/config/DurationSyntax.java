package io.pyrotorrent.app.config;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations written as a number and a unit ({@code 500ms}, {@code 10s}, {@code 12h}), with the units a key allows. */
final class DurationSyntax {

    private static final Pattern DURATION = Pattern.compile("(\\d{1,9})([a-z]{1,2})");

    private DurationSyntax() {}

    /** Empty when the text is not a number followed by one of {@code units}. */
    static Optional<Duration> parse(String text, Map<String, ChronoUnit> units) {
        Matcher matcher = DURATION.matcher(text.strip());
        if (!matcher.matches() || !units.containsKey(matcher.group(2))) {
            return Optional.empty();
        }
        return Optional.of(Duration.of(Long.parseLong(matcher.group(1)), units.get(matcher.group(2))));
    }
}
