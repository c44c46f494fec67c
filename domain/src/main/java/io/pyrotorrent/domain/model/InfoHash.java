package io.pyrotorrent.domain.model;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/** A torrent's identity: the SHA-1 of its info dictionary, as rTorrent spells it (40 upper-case hex). */
public record InfoHash(String hex) {

    private static final Pattern HEX40 = Pattern.compile("[0-9A-F]{40}");

    public InfoHash {
        Objects.requireNonNull(hex, "hex");
        hex = hex.toUpperCase(Locale.ROOT);
        if (!HEX40.matcher(hex).matches()) {
            throw new IllegalArgumentException(
                    "an info-hash is exactly 40 hexadecimal characters, not '" + abbreviate(hex) + "'");
        }
    }

    public static InfoHash of(String hex) {
        return new InfoHash(hex);
    }

    public static InfoHash of(byte[] sha1) {
        if (sha1.length != 20) {
            throw new IllegalArgumentException("an info-hash is 20 bytes, not " + sha1.length);
        }
        var text = new StringBuilder(40);
        for (byte b : sha1) {
            text.append(Character.forDigit((b >> 4) & 0xF, 16)).append(Character.forDigit(b & 0xF, 16));
        }
        return new InfoHash(text.toString());
    }

    static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }

    @Override
    public String toString() {
        return hex;
    }
}
