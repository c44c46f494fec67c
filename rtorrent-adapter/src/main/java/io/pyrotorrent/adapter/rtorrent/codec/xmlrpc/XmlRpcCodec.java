package io.pyrotorrent.adapter.rtorrent.codec.xmlrpc;

import io.pyrotorrent.adapter.rtorrent.codec.RpcCodec;
import io.pyrotorrent.adapter.rtorrent.codec.RpcExchange;
import io.pyrotorrent.adapter.rtorrent.fault.RtorrentFaults;
import io.pyrotorrent.adapter.rtorrent.plan.Call;
import io.pyrotorrent.adapter.rtorrent.transport.RoundTripListener;
import io.pyrotorrent.adapter.rtorrent.transport.Transport;
import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.TorrentClientException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * XML-RPC with rTorrent: the request written by {@link RequestEncoder}, the reply read by
 * {@link MethodResponseDecoder}. Replies decode to String, Long ({@code <i8>}), Integer
 * ({@code <i4>}), Object[], Map, byte[] (base64), Double, Boolean and null ({@code <nil/>}); a
 * fault is {@code NotFound} or {@code Rejected} (see {@link RtorrentFaults}), anything else that
 * is not a well-formed XML-RPC reply (a DOCTYPE included) a {@code ProtocolError}. A batch is one
 * {@code system.multicall}.
 *
 * <p>Holds no per-call state: one codec serves concurrent calls.
 */
public final class XmlRpcCodec implements RpcCodec {

    private static final Logger LOG = LoggerFactory.getLogger(XmlRpcCodec.class);

    private final RequestEncoder encoder = new RequestEncoder();
    private final long maxResponseBytes;
    private final RpcExchange exchange;

    public XmlRpcCodec(TransportSettings settings, RoundTripListener listener) {
        this.maxResponseBytes = settings.maxResponseBytes();
        this.exchange = new RpcExchange(settings, listener);
    }

    XmlRpcCodec(TransportSettings settings) {
        this(settings, RoundTripListener.NONE);
    }

    @Override
    public String name() {
        return "xmlrpc";
    }

    @Override
    public String contentType() {
        return Transport.XML;
    }

    @Override
    public byte[] encode(String method, Object... params) {
        return encoder.encode(method, params);
    }

    @Override
    public Object decode(byte[] replyBody) {
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

    @Override
    public byte[] encodeBatch(List<Call> calls) {
        return encode("system.multicall", (Object)
                calls.stream().map(Call::asMulticallEntry).toArray());
    }

    @Override
    public Object[] decodeBatch(byte[] body, int calls) {
        Object reply = decode(body);
        if (!(reply instanceof Object[] results) || results.length != calls) {
            throw new TorrentClientException(new ClientFailure.ProtocolError(
                    "system.multicall answered " + describe(reply) + " for " + calls + " calls"));
        }
        return results;
    }

    /** One call: encode, exchange over {@code transport}, decode (see {@link RpcExchange}). */
    public Object call(Transport transport, String method, Object... params) {
        return exchange.call(transport, contentType(), encode(method, params), this::decode);
    }

    private static String describe(Object reply) {
        return reply instanceof Object[] array ? array.length + " results" : String.valueOf(reply);
    }
}
