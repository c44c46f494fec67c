package io.pyrotorrent.adapter.rtorrent.codec.xmlrpc;

import io.pyrotorrent.adapter.rtorrent.fault.RtorrentFaults;
import io.pyrotorrent.adapter.rtorrent.transport.RoundTrip;
import io.pyrotorrent.adapter.rtorrent.transport.RoundTripListener;
import io.pyrotorrent.adapter.rtorrent.transport.Transport;
import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.TorrentClientException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One XML-RPC call with rTorrent: the request written by {@link RequestEncoder}, exchanged over a
 * {@link Transport}, the reply read by {@link MethodResponseDecoder}. Replies decode to String,
 * Long ({@code <i8>}), Integer ({@code <i4>}), Object[], Map, byte[] (base64), Double, Boolean and
 * null ({@code <nil/>}); a fault is {@code NotFound} or {@code Rejected} (see {@link RtorrentFaults}), anything else that is not a
 * well-formed XML-RPC reply (a DOCTYPE included) a {@code ProtocolError}.
 *
 * <p>Holds no per-call state: one codec serves concurrent calls.
 */
public final class XmlRpcCodec {

    private static final Logger LOG = LoggerFactory.getLogger(XmlRpcCodec.class);

    private final RequestEncoder encoder = new RequestEncoder();
    private final long maxRequestBytes;
    private final long maxResponseBytes;
    private final RoundTripListener listener;

    public XmlRpcCodec(TransportSettings settings, RoundTripListener listener) {
        this.maxRequestBytes = settings.maxRequestBytes();
        this.maxResponseBytes = settings.maxResponseBytes();
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    XmlRpcCodec(TransportSettings settings) {
        this(settings, RoundTripListener.NONE);
    }

    /** The XML body of a call; a parameter XML-RPC cannot carry is an IllegalArgumentException. */
    public byte[] encode(String method, Object... params) {
        return encoder.encode(method, params);
    }

    /** The value in a reply body, or the failure it means. */
    Object decode(byte[] replyBody) {
        if (replyBody.length > maxResponseBytes) {
            throw new TorrentClientException(new ClientFailure.ProtocolError(
                    "reply of " + replyBody.length + " bytes, over the limit of " + maxResponseBytes + " bytes"));
        }
        try {
            return MethodResponseDecoder.decode(replyBody);
        } catch (TorrentClientException e) {
            throw e;
        } catch (RuntimeException e) {
            // A decoder bug must still read as a bad reply, not as a stack trace on a page.
            LOG.warn("the XML-RPC decoder failed on a reply of {} bytes", replyBody.length, e);
            throw new TorrentClientException(
                    new ClientFailure.ProtocolError(
                            "not a valid XML-RPC reply: " + e.getClass().getSimpleName()),
                    e);
        }
    }

    /**
     * Encodes, refuses a request over {@code maxRequestBytes} before anything is sent (rTorrent
     * would silently drop it), exchanges it over {@code transport} and decodes the reply. Every
     * exchange is reported to the listener once, whatever its outcome.
     */
    public Object call(Transport transport, String method, Object... params) {
        byte[] body = encode(method, params);
        if (body.length > maxRequestBytes) {
            throw new TorrentClientException(new ClientFailure.TooLarge("the request", body.length, maxRequestBytes));
        }
        long start = System.nanoTime();
        byte[] reply;
        try {
            reply = transport.exchange(body);
        } catch (TorrentClientException e) {
            report(body.length, 0, start, System.nanoTime(), Optional.of(e.failure()));
            throw e;
        }
        long end = System.nanoTime();
        try {
            Object result = decode(reply);
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
