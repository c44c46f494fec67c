package io.pyrotorrent.domain.model;

import java.util.Objects;

/**
 * A user's label for a torrent (rTorrent's d.custom1). Empty means "no label". Stored URL-encoded
 * by the rTorrent adapter, as ruTorrent does, so labels are shared with it and can never be read
 * by rTorrent as command syntax.
 */
public record Label(String value) {

    public static final Label NONE = new Label("");
    public static final int MAX_LENGTH = 128;

    public Label {
        Objects.requireNonNull(value, "value");
        value = value.strip();
        if (value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException(
                    "a label is at most " + MAX_LENGTH + " characters, not " + value.length());
        }
        if (value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a label cannot contain control characters");
        }
    }

    public static Label of(String value) {
        return new Label(value);
    }

    public boolean isEmpty() {
        return value.isEmpty();
    }

    @Override
    public String toString() {
        return value;
    }
}
