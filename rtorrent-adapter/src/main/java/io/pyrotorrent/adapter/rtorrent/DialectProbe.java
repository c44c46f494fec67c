package io.pyrotorrent.adapter.rtorrent;

import io.pyrotorrent.adapter.rtorrent.codec.RpcCodec;
import io.pyrotorrent.adapter.rtorrent.codec.RpcExchange;
import io.pyrotorrent.adapter.rtorrent.transport.Transport;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.TorrentClientException;
import java.util.Optional;

/**
 * Finds out, with one tiny call, which codec a target speaks and which rTorrent it is. In
 * {@code auto} mode it asks {@code system.client_version} in JSON-RPC first: rTorrent 0.15.2+
 * answers it; 0.9.8 reads any body as XML and answers fault -503 "Call XML not a proper XML-RPC
 * call" in XML, which the JSON reader refuses, so XML-RPC is asked next. A target that cannot be
 * reached fails the call as it would have anyway.
 */
final class DialectProbe {

    private static final Object XML_ONLY = new Object();

    private final RpcExchange exchange;
    private final RpcCodec xml;
    private final RpcCodec json;
    private final RtorrentClient.Rpc mode;

    DialectProbe(RpcExchange exchange, RpcCodec xml, RpcCodec json, RtorrentClient.Rpc mode) {
        this.exchange = exchange;
        this.xml = xml;
        this.json = json;
        this.mode = mode;
    }

    Dialect detect(Transport transport) {
        return switch (mode) {
            case XMLRPC -> ask(transport, xml);
            case JSONRPC -> ask(transport, json);
            case AUTO -> {
                try {
                    Optional<Dialect> spoken = askJsonOrHearXml(transport);
                    yield spoken.isPresent() ? spoken.get() : ask(transport, xml);
                } catch (TorrentClientException e) {
                    if (e.failure() instanceof ClientFailure.Unreachable
                            || e.failure() instanceof ClientFailure.TimedOut) {
                        throw e;
                    }
                    yield ask(transport, xml);
                }
            }
        };
    }

    /**
     * The JSON probe; an XML answer is no failure but the expected reply of an rTorrent without
     * JSON-RPC, so it is not reported as an error round trip (metrics would count one per connection).
     */
    private Optional<Dialect> askJsonOrHearXml(Transport transport) {
        Object version = exchange.call(
                transport,
                json.contentType(),
                json.encode("system.client_version", ""),
                body -> startsWithXml(body) ? XML_ONLY : json.decode(body));
        return version == XML_ONLY ? Optional.empty() : Optional.of(dialect(json, version));
    }

    private static boolean startsWithXml(byte[] body) {
        for (byte b : body) {
            if (b != ' ' && b != '\t' && b != '\r' && b != '\n') {
                return b == '<';
            }
        }
        return false;
    }

    private Dialect ask(Transport transport, RpcCodec codec) {
        return dialect(
                codec,
                exchange.call(
                        transport, codec.contentType(), codec.encode("system.client_version", ""), codec::decode));
    }

    private static Dialect dialect(RpcCodec codec, Object version) {
        if (!(version instanceof String text)) {
            throw new TorrentClientException(
                    new ClientFailure.ProtocolError("system.client_version answered " + version));
        }
        return new Dialect(codec, text);
    }
}
