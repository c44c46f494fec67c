package io.pyrotorrent.domain.model.rss;

import java.net.URI;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;

/**
 * A feed as the user configures it: a name, an http(s) URL, how often it is checked.
 *
 * @param interval at least {@link #MIN_INTERVAL}: trackers ban clients that poll their feeds faster
 */
public record FeedSpec(String name, URI url, Duration interval) {

    public static final Duration DEFAULT_INTERVAL = Duration.ofMinutes(15);
    public static final Duration MIN_INTERVAL = Duration.ofMinutes(5);
    public static final Duration MAX_INTERVAL = Duration.ofDays(1);
    static final int MAX_NAME = 100;
    static final int MAX_URL = 2000;

    public FeedSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(interval, "interval");
        if (name.isBlank() || name.length() > MAX_NAME || name.chars().anyMatch(c -> c < 0x20)) {
            throw new IllegalArgumentException("name: expected 1 to " + MAX_NAME + " characters on one line");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            throw new IllegalArgumentException("url: expected an http or https URL, got '" + shorten(url) + "'");
        }
        if (url.toString().length() > MAX_URL) {
            throw new IllegalArgumentException("url: longer than " + MAX_URL + " characters");
        }
        if (interval.compareTo(MIN_INTERVAL) < 0 || interval.compareTo(MAX_INTERVAL) > 0) {
            throw new IllegalArgumentException(
                    "interval: expected between 5 and 1440 minutes, got " + interval.toMinutes() + " minutes");
        }
    }

    /** Parses what a form or a request says; each failure names its field. */
    public static FeedSpec parse(String name, String url, String intervalMinutes) {
        URI uri;
        try {
            uri = new URI(url == null ? "" : url.strip());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("url: not a URL: " + e.getReason());
        }
        Duration interval = DEFAULT_INTERVAL;
        if (intervalMinutes != null && !intervalMinutes.isBlank()) {
            try {
                interval = Duration.ofMinutes(Long.parseLong(intervalMinutes.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("interval: expected a whole number of minutes");
            }
        }
        return new FeedSpec(name == null ? "" : name.strip(), uri, interval);
    }

    private static String shorten(URI url) {
        String text = url.toString();
        return text.length() <= 80 ? text : text.substring(0, 80) + "...";
    }
}
