package io.pyrotorrent.app.config;

import java.nio.file.Path;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An rTorrent instance that pyroTorrent starts and stops itself.
 *
 * @param dir       where the instance keeps its session, socket and downloads
 * @param portRange the BitTorrent listen ports, like {@code 50000-50010}
 * @param dht       whether the instance joins the DHT; off by default because private trackers
 *                  forbid it and a public swarm works without it
 */
public record ManagedConfig(Path dir, String portRange, boolean dht) {

    /** rTorrent's own default range, so a managed instance behaves like a stock one. */
    public static final String DEFAULT_PORT_RANGE = "49164-49174";

    static final String EXPECTED_PORT_RANGE = "a port range like 50000-50010, within 1-65535, low to high";

    private static final Pattern RANGE = Pattern.compile("(\\d{1,5})-(\\d{1,5})");

    public ManagedConfig {
        Objects.requireNonNull(dir, "dir");
        requirePortRange(portRange);
    }

    /** A managed instance in {@code dir} with the default ports and no DHT. */
    public static ManagedConfig in(Path dir) {
        return new ManagedConfig(dir, DEFAULT_PORT_RANGE, false);
    }

    static String requirePortRange(String portRange) {
        Objects.requireNonNull(portRange, "portRange");
        Matcher range = RANGE.matcher(portRange);
        if (!range.matches() || !isOrderedPorts(Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2)))) {
            throw new IllegalArgumentException(
                    Quoted.of(portRange) + " is not a port range; expected " + EXPECTED_PORT_RANGE);
        }
        return portRange;
    }

    private static boolean isOrderedPorts(int low, int high) {
        return low >= 1 && high <= 65535 && low <= high;
    }
}
