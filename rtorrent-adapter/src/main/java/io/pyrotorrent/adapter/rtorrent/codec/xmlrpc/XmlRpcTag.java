package io.pyrotorrent.adapter.rtorrent.codec.xmlrpc;

import java.nio.charset.StandardCharsets;

/**
 * The only elements a methodResponse may contain. Any other element name, namespaced ones such as
 * the extensions' {@code <ex:serializable>} included, is refused by {@link XmlScanner}.
 */
enum XmlRpcTag {
    // The most frequent first: lookup tries them in this order.
    VALUE("value"),
    I8("i8"),
    STRING("string"),
    ARRAY("array"),
    DATA("data"),
    I4("i4"),
    STRUCT("struct"),
    MEMBER("member"),
    NAME("name"),
    INT("int"),
    BOOLEAN("boolean"),
    DOUBLE("double"),
    BASE64("base64"),
    NIL("nil"),
    METHOD_RESPONSE("methodResponse"),
    PARAMS("params"),
    PARAM("param"),
    FAULT("fault");

    private static final XmlRpcTag[] ALL = values();

    private final byte[] bytes;

    XmlRpcTag(String name) {
        this.bytes = name.getBytes(StandardCharsets.US_ASCII);
    }

    /** The tag whose name is {@code b[from, from + length)}, or null; compares bytes, allocates nothing. */
    static XmlRpcTag lookup(byte[] b, int from, int length) {
        for (XmlRpcTag tag : ALL) {
            byte[] name = tag.bytes;
            if (name.length == length && name[0] == b[from] && sameBytes(name, b, from)) {
                return tag;
            }
        }
        return null;
    }

    private static boolean sameBytes(byte[] name, byte[] b, int from) {
        for (int i = 1; i < name.length; i++) {
            if (name[i] != b[from + i]) {
                return false;
            }
        }
        return true;
    }

    String xmlName() {
        return new String(bytes, StandardCharsets.US_ASCII);
    }
}
