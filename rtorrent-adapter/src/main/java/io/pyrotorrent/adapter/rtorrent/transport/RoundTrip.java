package io.pyrotorrent.adapter.rtorrent.transport;

import io.pyrotorrent.domain.model.ClientFailure;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One XML-RPC call as it went over the wire, for metrics and logs.
 *
 * @param bytesSent     size of the XML request body handed to the transport (framing excluded)
 * @param bytesReceived size of the XML reply body, 0 when no complete reply came back
 * @param elapsed       time on the wire: from handing the request to the transport until the reply
 *                      body was back (encoding and decoding excluded)
 * @param failure       why the call failed, including an rTorrent fault; empty on success
 */
public record RoundTrip(long bytesSent, long bytesReceived, Duration elapsed, Optional<ClientFailure> failure) {

    public RoundTrip {
        if (bytesSent < 0 || bytesReceived < 0) {
            throw new IllegalArgumentException("byte counts cannot be negative");
        }
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(failure, "failure");
    }

    public boolean succeeded() {
        return failure.isEmpty();
    }
}
