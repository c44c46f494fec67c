package io.pyrotorrent.adapter.rtorrent.codec.xmlrpc;

import static io.pyrotorrent.adapter.rtorrent.codec.xmlrpc.XmlRpcTag.ARRAY;
import static io.pyrotorrent.adapter.rtorrent.codec.xmlrpc.XmlRpcTag.DATA;
import static io.pyrotorrent.adapter.rtorrent.codec.xmlrpc.XmlRpcTag.MEMBER;
import static io.pyrotorrent.adapter.rtorrent.codec.xmlrpc.XmlRpcTag.NAME;
import static io.pyrotorrent.adapter.rtorrent.codec.xmlrpc.XmlRpcTag.STRUCT;
import static io.pyrotorrent.adapter.rtorrent.codec.xmlrpc.XmlRpcTag.VALUE;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads {@code <value>}s: String, Long ({@code <i8>}, bare, as rTorrent sends every integer),
 * Integer ({@code <i4>}, {@code <int>}), Boolean, Double, byte[] (base64), null ({@code <nil/>}),
 * Object[] (array) and Map (struct). A value is read in place (no per-value parser objects, no SAX
 * events); an array's items are gathered on one shared stack and copied once into an exactly sized
 * Object[]. Nesting is capped at {@link #MAX_DEPTH} arrays and structs. One reader per reply.
 */
final class ValueReader {

    /** rTorrent nests about 6 deep (system.multicall, d.multicall2, rows, cells, path lists). */
    static final int MAX_DEPTH = 32;

    private final XmlCursor cursor;
    private final XmlScanner in;
    private final ScalarReader scalars;
    private Object[] stack = new Object[256];
    private int top;
    private int depth;

    ValueReader(XmlCursor cursor, XmlScanner in) {
        this.cursor = cursor;
        this.in = in;
        this.scalars = new ScalarReader(cursor, in);
    }

    /** {@code <value>...</value>}, the next element. */
    Object valueElement() {
        if (in.nextTag() != VALUE || in.closing()) {
            throw cursor.error("expected <value>");
        }
        return value();
    }

    /** Right after {@code <value>}: a typed value, or untyped text, which XML-RPC reads as a string. */
    private Object value() {
        if (in.empty()) {
            return "";
        }
        if (!XmlText.atStartTag(cursor)) {
            String text = XmlText.read(cursor);
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
            throw cursor.error("<array/> without <data>");
        }
        enter();
        if (in.nextTag() != DATA || in.closing()) {
            throw cursor.error("expected <data> in <array>");
        }
        int mark = top;
        if (!in.empty()) {
            while (in.nextTag() == VALUE && !in.closing()) {
                push(value());
            }
            if (!in.closing()) {
                throw cursor.error("expected <value> or </data>");
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
                throw cursor.error("expected <name> in <member>");
            }
            String name = "";
            if (!in.empty()) {
                name = XmlText.read(cursor);
                in.expectEnd(NAME);
            }
            members.put(name, valueElement());
            in.expectEnd(MEMBER);
        }
        if (!in.closing()) {
            throw cursor.error("expected <member> or </struct>");
        }
        in.requireLast(STRUCT);
        depth--;
        return members;
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw cursor.error("values nested deeper than " + MAX_DEPTH + " arrays or structs");
        }
    }

    private void push(Object item) {
        if (top == stack.length) {
            stack = Arrays.copyOf(stack, stack.length * 2);
        }
        stack[top++] = item;
    }
}
