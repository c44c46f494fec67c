package io.pyrotorrent.domain.model;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Objects;

/**
 * A tracker's announce URL: http, https or udp, with a host, at most 2048 characters, nothing
 * that is not printable ASCII. rTorrent stores it as given, so nothing else gets in.
 */
public record TrackerUrl(String value) {

    public static final int MAX_LENGTH = 2048;

    public TrackerUrl {
        Objects.requireNonNull(value, "value");
        if (value.isEmpty() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("a tracker URL has 1 to " + MAX_LENGTH + " characters");
        }
        if (!value.chars().allMatch(c -> c > 0x20 && c < 0x7f)) {
            throw new IllegalArgumentException("a tracker URL has no spaces, control or non-ASCII characters");
        }
        URI uri;
        try {
            uri = new URI(value);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a URL: " + e.getReason());
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https") && !scheme.equals("udp")) {
            throw new IllegalArgumentException("a tracker URL starts with http://, https:// or udp://");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("a tracker URL names a host");
        }
    }

    public static TrackerUrl of(String value) {
        return new TrackerUrl(value.strip());
    }
}
