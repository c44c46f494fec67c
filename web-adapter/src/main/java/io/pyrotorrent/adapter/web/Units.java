package io.pyrotorrent.adapter.web;

import java.util.Locale;

/** Human units: binary prefixes for sizes (KiB, MiB, ...), the same per second for rates. */
final class Units {

    private static final String[] PREFIXES = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};

    private Units() {
    }

    static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes;
        int prefix = 0;
        while (value >= 1024 && prefix < PREFIXES.length - 1) {
            value /= 1024;
            prefix++;
        }
        return String.format(Locale.ROOT, value < 10 ? "%.2f %s" : value < 100 ? "%.1f %s" : "%.0f %s",
                value, PREFIXES[prefix]);
    }

    static String rate(long bytesPerSecond) {
        return bytes(bytesPerSecond) + "/s";
    }

    /** A limit of 0 means none. */
    static String limit(long bytesPerSecond) {
        return bytesPerSecond == 0 ? "unlimited" : rate(bytesPerSecond);
    }

    static int percent(long done, long total) {
        return total <= 0 ? 100 : (int) Math.min(100, done * 100 / total);
    }
}
