package io.pyrotorrent.domain.port.out;

import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.Snapshot;
import java.util.Optional;

/**
 * One rTorrent instance. Implementations send a whole {@link Request} in ONE round trip and
 * answer one outcome per step: a step rTorrent refuses (unknown hash, unknown view) fails alone.
 * Must be safe for concurrent use.
 */
public interface TorrentClient {

    /**
     * Runs the request's steps in order.
     *
     * @throws io.pyrotorrent.domain.model.TorrentClientException when the instance as a whole
     *     failed: unreachable, timed out, a malformed answer, or a request too large to send
     */
    Snapshot send(Request request);

    /**
     * The request answered from what this client already holds (a mirror's last view), without
     * asking rTorrent and without counting as a reader; empty when it cannot. For work done ahead
     * of readers (lists sorted before a page asks), which must not keep a mirror polling.
     */
    default Optional<Snapshot> peek(Request request) {
        return Optional.empty();
    }

    /**
     * The wire encoding this client speaks to its instance now ({@code xmlrpc} or {@code jsonrpc}),
     * once a call found out; for /health. Empty for clients that have no wire.
     */
    default Optional<String> rpc() {
        return Optional.empty();
    }
}
