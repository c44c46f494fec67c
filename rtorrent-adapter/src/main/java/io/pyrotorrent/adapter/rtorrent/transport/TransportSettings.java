package io.pyrotorrent.adapter.rtorrent.transport;

import java.time.Duration;
import java.util.Objects;

/**
 * How long and how much one XML-RPC round trip with rTorrent may take.
 *
 * @param connectTimeout   how long to wait for the connection itself
 * @param readTimeout      a whole-call deadline, from sending the request until the complete reply
 *                         is read, so a server that trickles bytes cannot stretch a call forever
 * @param maxResponseBytes the largest reply body accepted; rTorrent's own replies for 20,000
 *                         torrents are 8-16 MB, so the default leaves room without risking the heap
 * @param maxRequestBytes  the largest request body sent. rTorrent 0.9.8 refuses bodies over its
 *                         network.xmlrpc.size_limit (512 KiB by default) with fault -503, and
 *                         drops anything near 2 MiB with a reset whatever that setting says
 */
public record TransportSettings(
        Duration connectTimeout, Duration readTimeout, long maxResponseBytes, long maxRequestBytes) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(10);
    public static final long DEFAULT_MAX_RESPONSE_BYTES = 64L * 1024 * 1024;
    public static final long DEFAULT_MAX_REQUEST_BYTES = 512L * 1024;

    public TransportSettings {
        requirePositive(connectTimeout, "connectTimeout");
        requirePositive(readTimeout, "readTimeout");
        if (maxResponseBytes <= 0 || maxResponseBytes >= Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException(
                    "maxResponseBytes must be between 1 and a Java array's size, got " + maxResponseBytes);
        }
        if (maxRequestBytes <= 0) {
            throw new IllegalArgumentException("maxRequestBytes must be positive, got " + maxRequestBytes);
        }
    }

    public static TransportSettings defaults() {
        return new TransportSettings(
                DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT, DEFAULT_MAX_RESPONSE_BYTES, DEFAULT_MAX_REQUEST_BYTES);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + duration);
        }
    }
}
