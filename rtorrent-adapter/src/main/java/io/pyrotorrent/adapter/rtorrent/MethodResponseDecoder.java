package io.pyrotorrent.adapter.rtorrent;

import static io.pyrotorrent.adapter.rtorrent.XmlRpcTag.ARRAY;
import static io.pyrotorrent.adapter.rtorrent.XmlRpcTag.DATA;
import static io.pyrotorrent.adapter.rtorrent.XmlRpcTag.FAULT;
import static io.pyrotorrent.adapter.rtorrent.XmlRpcTag.MEMBER;
import static io.pyrotorrent.adapter.rtorrent.XmlRpcTag.METHOD_RESPONSE;
import static io.pyrotorrent.adapter.rtorrent.XmlRpcTag.NAME;
import static io.pyrotorrent.adapter.rtorrent.XmlRpcTag.PARAM;
import static io.pyrotorrent.adapter.rtorrent.XmlRpcTag.PARAMS;
import static io.pyrotorrent.adapter.rtorrent.XmlRpcTag.STRUCT;
import static io.pyrotorrent.adapter.rtorrent.XmlRpcTag.VALUE;

import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.TorrentClientException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Decodes one XML-RPC methodResponse straight from its bytes, in one pass, into String, Long
 * ({@code <i8>}, bare, as rTorrent sends every integer), Integer ({@code <i4>}, {@code <int>}),
 * Boolean, Double, byte[] (base64), null ({@code <nil/>}), Object[] (array) and Map (struct).
 *
 * <p>Written for rTorrent's replies, which are mostly one huge array of arrays of {@code <i8>} and
 * {@code <string>}: a value is read in place (no per-value parser objects, no SAX events, no
 * intermediate text buffers), and an array's items are gathered on one shared stack and copied
 * once into an exactly sized Object[]. Nesting is capped at {@link #MAX_DEPTH} arrays and structs.
 * A fault becomes {@code Rejected(faultCode, faultString)}; its other members (a {@code faultCause}
 * with a serialized Java object, say) are decoded as plain values and dropped, never deserialized.
 * Not thread-safe: one decoder per reply.
 */
final class MethodResponseDecoder {

    /** rTorrent nests about 6 deep (system.multicall, d.multicall2, rows, cells, path lists). */
    static final int MAX_DEPTH = 32;

    private final XmlScanner in;
    private final ScalarReader scalars;
    private Object[] stack = new Object[256];
    private int top;
    private int depth;

    private MethodResponseDecoder(byte[] body) {
        this.in = new XmlScanner(body);
        this.scalars = new ScalarReader(in);
    }

    /** The value of a successful reply; a fault is thrown as Rejected, a bad reply as ProtocolError. */
    static Object decode(byte[] body) {
        return new MethodResponseDecoder(body).response();
    }

    private Object response() {
        in.prolog();
        XmlRpcTag root = in.nextTag();
        if (root != METHOD_RESPONSE || in.closing()) {
            throw in.error("expected <methodResponse>, found <" + root.xmlName() + ">");
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
            value = valueElement();
            in.expectEnd(FAULT);
        } else if (next == PARAMS && !in.closing()) {
            if (!in.empty()) {
                XmlRpcTag param = in.nextTag();
                if (param == PARAM && !in.closing() && !in.empty()) {
                    value = valueElement();
                    hasValue = true;
                    in.expectEnd(PARAM);
                    in.expectEnd(PARAMS);
                } else if (param != PARAMS || !in.closing()) {
                    throw in.error("expected <param> in <params>");
                }
            }
        } else if (next != METHOD_RESPONSE || !in.closing()) {
            throw in.error("expected <params> or <fault> in <methodResponse>");
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

    private Object valueElement() {
        if (in.nextTag() != VALUE || in.closing()) {
            throw in.error("expected <value>");
        }
        return value();
    }

    /** Right after {@code <value>}: a typed value, or untyped text, which XML-RPC reads as a string. */
    private Object value() {
        if (in.empty()) {
            return "";
        }
        if (!in.atStartTag()) {
            String text = in.text();
            in.expectEnd(VALUE);
            return text;
        }
        XmlRpcTag type = in.nextTag();
        Object value = switch (type) {
            case ARRAY -> array();
            case STRUCT -> struct();
            default -> scalars.read(type);
        };
        in.expectEnd(VALUE);
        return value;
    }

    private Object[] array() {
        if (in.empty()) {
            throw in.error("<array/> without <data>");
        }
        enter();
        if (in.nextTag() != DATA || in.closing()) {
            throw in.error("expected <data> in <array>");
        }
        int mark = top;
        if (!in.empty()) {
            while (in.nextTag() == VALUE && !in.closing()) {
                push(value());
            }
            if (!in.closing()) {
                throw in.error("expected <value> or </data>");
            }
            in.requireLast(DATA);
        }
        in.expectEnd(ARRAY);
        Object[] items = Arrays.copyOfRange(stack, mark, top);
        Arrays.fill(stack, mark, top, null);
        top = mark;
        depth--;
        return items;
    }

    private Map<String, Object> struct() {
        Map<String, Object> members = new HashMap<>();
        if (in.empty()) {
            return members;
        }
        enter();
        while (in.nextTag() == MEMBER && !in.closing() && !in.empty()) {
            if (in.nextTag() != NAME || in.closing()) {
                throw in.error("expected <name> in <member>");
            }
            String name = in.empty() ? "" : in.text();
            if (!in.empty()) {
                in.expectEnd(NAME);
            }
            members.put(name, valueElement());
            in.expectEnd(MEMBER);
        }
        if (!in.closing()) {
            throw in.error("expected <member> or </struct>");
        }
        in.requireLast(STRUCT);
        depth--;
        return members;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw in.error("values nested deeper than " + MAX_DEPTH + " arrays or structs");
        }
    }

    private void push(Object item) {
        if (top == stack.length) {
            stack = Arrays.copyOf(stack, stack.length * 2);
        }
        stack[top++] = item;
    }

    private TorrentClientException neither() {
        return new TorrentClientException(new ClientFailure.ProtocolError(
                "not a valid XML-RPC reply: it carries neither a value nor a fault"));
    }

    private TorrentClientException rejected(Object fault) {
        if (!(fault instanceof Map<?, ?> struct) || !(struct.get("faultCode") instanceof Number code)) {
            return in.error("a fault without a faultCode struct");
        }
        Object text = struct.get("faultString");
        return new TorrentClientException(new ClientFailure.Rejected(code.intValue(),
                text instanceof String string ? string : ""));
    }
}
