package io.pyrotorrent.adapter.rtorrent.codec.xmlrpc;

import static io.pyrotorrent.adapter.rtorrent.codec.xmlrpc.XmlRpcTag.FAULT;
import static io.pyrotorrent.adapter.rtorrent.codec.xmlrpc.XmlRpcTag.METHOD_RESPONSE;
import static io.pyrotorrent.adapter.rtorrent.codec.xmlrpc.XmlRpcTag.PARAM;
import static io.pyrotorrent.adapter.rtorrent.codec.xmlrpc.XmlRpcTag.PARAMS;

import io.pyrotorrent.adapter.rtorrent.fault.RtorrentFaults;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.TorrentClientException;
import java.util.Map;

/**
 * Decodes one XML-RPC methodResponse straight from its bytes (UTF-8), in one pass, replacing
 * Apache XML-RPC's SAX-based parsing: for rTorrent's big replies, mostly one array of arrays of
 * {@code <i8>} and {@code <string>}, that generic path cost ~8x the time and ~6x the garbage.
 * Values are read by {@link ValueReader}; this class reads the envelope around them.
 *
 * <p>A fault becomes the failure {@link RtorrentFaults} maps its code to; its other members (a
 * {@code faultCause} carrying a serialized Java object, say) are decoded as plain values and
 * dropped, never deserialized. Anything else that is not a well-formed reply is a short
 * {@code ProtocolError}, thrown only once the whole document has been read.
 */
final class MethodResponseDecoder {

    private final XmlCursor cursor;
    private final XmlScanner in;
    private final ValueReader values;

    private MethodResponseDecoder(byte[] body) {
        this.cursor = new XmlCursor(body);
        this.in = new XmlScanner(cursor);
        this.values = new ValueReader(cursor, in);
    }

    /** The value of a successful reply; a fault is thrown as its failure, a bad reply as ProtocolError. */
    static Object decode(byte[] body) {
        return new MethodResponseDecoder(body).response();
    }

    private Object response() {
        in.prolog();
        XmlRpcTag root = in.nextTag();
        if (root != METHOD_RESPONSE || in.closing()) {
            throw cursor.error("expected <methodResponse>, found <" + root.xmlName() + ">");
        }
        if (in.empty()) {
            in.epilog();
            throw neither();
        }
        XmlRpcTag next = in.nextTag();
        boolean fault = next == FAULT && !in.closing() && !in.empty();
        boolean hasValue = fault;
        Object value = null;
        if (fault) {
            value = values.valueElement();
            in.expectEnd(FAULT);
        } else if (next == PARAMS && !in.closing()) {
            if (!in.empty()) {
                XmlRpcTag param = in.nextTag();
                if (param == PARAM && !in.closing() && !in.empty()) {
                    value = values.valueElement();
                    hasValue = true;
                    in.expectEnd(PARAM);
                    in.expectEnd(PARAMS);
                } else if (param != PARAMS || !in.closing()) {
                    throw cursor.error("expected <param> in <params>");
                }
            }
        } else if (next != METHOD_RESPONSE || !in.closing()) {
            throw cursor.error("expected <params> or <fault> in <methodResponse>");
        }
        if (next != METHOD_RESPONSE) {
            in.expectEnd(METHOD_RESPONSE);
        }
        in.epilog();
        if (!hasValue) {
            throw neither();
        }
        if (fault) {
            throw rejected(value);
        }
        return value;
    }

    private static TorrentClientException neither() {
        return new TorrentClientException(
                new ClientFailure.ProtocolError("not a valid XML-RPC reply: it carries neither a value nor a fault"));
    }

    private TorrentClientException rejected(Object fault) {
        if (!(fault instanceof Map<?, ?> struct) || !(struct.get("faultCode") instanceof Number code)) {
            return cursor.error("a fault without a faultCode struct");
        }
        Object text = struct.get("faultString");
        return new TorrentClientException(
                RtorrentFaults.failure(code.intValue(), text instanceof String string ? string : ""));
    }
}
