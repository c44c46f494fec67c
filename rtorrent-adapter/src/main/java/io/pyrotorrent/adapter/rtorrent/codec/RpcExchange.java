package io.pyrotorrent.adapter.rtorrent.codec;

import io.pyrotorrent.adapter.rtorrent.transport.RoundTrip;
import io.pyrotorrent.adapter.rtorrent.transport.RoundTripListener;
import io.pyrotorrent.adapter.rtorrent.transport.Transport;
import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.TorrentClientException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One encoded body over a transport and its reply decoded, whatever the codec: refuses a request
 * over {@code maxRequestBytes} before anything is sent (rTorrent would silently drop it), and
 * reports every exchange to the listener once, whatever its outcome.
 */
public final class RpcExchange {

    private static final Logger LOG = LoggerFactory.getLogger(RpcExchange.class);

    private final long maxRequestBytes;
    private final RoundTripListener listener;

    public RpcExchange(TransportSettings settings, RoundTripListener listener) {
        this.maxRequestBytes = settings.maxRequestBytes();
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    public <T> T call(Transport transport, String contentType, byte[] body, Function<byte[], T> decode) {
        if (body.length > maxRequestBytes) {
            throw new TorrentClientException(new ClientFailure.TooLarge("the request", body.length, maxRequestBytes));
        }
        long start = System.nanoTime();
        byte[] reply;
        try {
            reply = transport.exchange(body, contentType);
        } catch (TorrentClientException e) {
            report(body.length, 0, start, System.nanoTime(), Optional.of(e.failure()));
            throw e;
        }
        long end = System.nanoTime();
        try {
            T result = decode.apply(reply);
            report(body.length, reply.length, start, end, Optional.empty());
            return result;
        } catch (TorrentClientException e) {
            report(body.length, reply.length, start, end, Optional.of(e.failure()));
            throw e;
        }
    }

    private void report(long sent, long received, long start, long end, Optional<ClientFailure> failure) {
        try {
            listener.onRoundTrip(new RoundTrip(sent, received, Duration.ofNanos(end - start), failure));
        } catch (RuntimeException e) {
            LOG.warn("round-trip listener failed; the call itself is unaffected", e);
        }
    }
}
