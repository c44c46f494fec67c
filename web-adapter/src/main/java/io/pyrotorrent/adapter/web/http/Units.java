package io.pyrotorrent.adapter.web.http;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** Human units: binary prefixes for sizes (KiB, MiB, ...), the same per second for rates, short durations. */
public final class Units {

    private static final String[] PREFIXES = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};

    private Units() {}

    public static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double value = bytes;
        int prefix = 0;
        while (value >= 1024 && prefix < PREFIXES.length - 1) {
            value /= 1024;
            prefix++;
        }
        return fixed(value, value < 10 ? 2 : value < 100 ? 1 : 0) + " " + PREFIXES[prefix];
    }

    public static String rate(long bytesPerSecond) {
        return bytes(bytesPerSecond) + "/s";
    }

    /** A limit of 0 means none. */
    public static String limit(long bytesPerSecond) {
        return bytesPerSecond == 0 ? "unlimited" : rate(bytesPerSecond);
    }

    /** A limit in whole KiB/s for a form field; rTorrent's limits are bytes per second. */
    public static long kib(long bytesPerSecond) {
        return (bytesPerSecond + 1023) / 1024;
    }

    public static int percent(long done, long total) {
        return total <= 0 ? 100 : (int) Math.min(100, done * 100 / total);
    }

    public static String ratio(double ratio) {
        return ratio == 0 ? "0.00" : fixed(ratio, 2);
    }

    /**
     * As {@code String.format(Locale.ROOT, "%.Nf", value)} (half up, from the shortest decimal that
     * reads back as the value), without parsing a format for each of a page's thousands of values.
     */
    static String fixed(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return String.format(Locale.ROOT, "%." + decimals + "f", value);
        }
        return BigDecimal.valueOf(value)
                .setScale(decimals, RoundingMode.HALF_UP)
                .toPlainString();
    }

    /** Time left at the current rate, rounded up: empty when nothing is left, "∞" when nothing arrives. */
    public static String eta(long leftBytes, long downRate) {
        if (leftBytes <= 0) {
            return "";
        }
        return downRate <= 0 ? "∞" : duration(Duration.ofSeconds((leftBytes + downRate - 1) / downRate));
    }

    /** The two largest units only ("3d 4h", "5m 12s"): an estimate needs no more. */
    static String duration(Duration duration) {
        long s = Math.max(0, duration.getSeconds());
        if (s < 60) {
            return s + "s";
        }
        if (s < 3600) {
            return s / 60 + "m " + s % 60 + "s";
        }
        if (s < 86_400) {
            return s / 3600 + "h " + s % 3600 / 60 + "m";
        }
        return s / 86_400 + "d " + s % 86_400 / 3600 + "h";
    }

    /** "3 hours ago": the largest whole unit, as people say it. */
    public static String ago(Instant then, Instant now) {
        long s = Duration.between(then, now).getSeconds();
        if (s < 0) {
            return "in the future";
        }
        if (s < 60) {
            return "just now";
        }
        long[] sizes = {31_536_000, 2_592_000, 86_400, 3600, 60};
        String[] names = {"year", "month", "day", "hour", "minute"};
        for (int i = 0; i < sizes.length; i++) {
            long n = s / sizes[i];
            if (n >= 1) {
                return n + " " + names[i] + (n == 1 ? "" : "s") + " ago";
            }
        }
        return "just now";
    }
}
