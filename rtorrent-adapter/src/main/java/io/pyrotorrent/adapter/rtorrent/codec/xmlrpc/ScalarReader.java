package io.pyrotorrent.adapter.rtorrent.codec.xmlrpc;

import java.util.Base64;
import java.util.regex.Pattern;

/** Reads the scalar XML-RPC values, from the start tag's end through the end tag. */
final class ScalarReader {

    /** XML-RPC's double: decimal only, so no NaN, Infinity, hex floats or Java's 'd' suffix. */
    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private final XmlCursor cursor;
    private final XmlScanner in;

    ScalarReader(XmlCursor cursor, XmlScanner in) {
        this.cursor = cursor;
        this.in = in;
    }

    Object read(XmlRpcTag type) {
        return switch (type) {
            case STRING -> in.empty() ? "" : ended(type, XmlText.read(cursor));
            case I8 -> Long.valueOf(integer(type));
            case I4, INT -> Integer.valueOf(int32(integer(type)));
            case BOOLEAN -> bool(text(type));
            case DOUBLE -> decimal(text(type));
            case BASE64 -> base64(text(type));
            case NIL -> nil();
            default -> throw cursor.error("<" + type.xmlName() + "> is not a value type");
        };
    }

    private long integer(XmlRpcTag type) {
        if (in.empty()) {
            throw cursor.error("empty <" + type.xmlName() + ">");
        }
        long value = XmlText.integer(cursor);
        in.expectEnd(type);
        return value;
    }

    private int int32(long value) {
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw cursor.error(value + " does not fit a 32-bit <i4>");
        }
        return (int) value;
    }

    private String text(XmlRpcTag type) {
        return in.empty() ? "" : ended(type, XmlText.read(cursor)).strip();
    }

    private String ended(XmlRpcTag type, String text) {
        in.expectEnd(type);
        return text;
    }

    private Boolean bool(String text) {
        return switch (text) {
            case "0" -> Boolean.FALSE;
            case "1" -> Boolean.TRUE;
            default -> throw cursor.error("'" + XmlCursor.shorten(text) + "' is not a boolean (0 or 1)");
        };
    }

    private Double decimal(String text) {
        if (!DECIMAL.matcher(text).matches()) {
            throw cursor.error("'" + XmlCursor.shorten(text) + "' is not a double");
        }
        return Double.valueOf(text);
    }

    /** Line breaks and spaces inside base64 are common (76-character lines); anything else is not. */
    private byte[] base64(String text) {
        StringBuilder compact = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\n' && c != '\t' && c != '\r') {
                compact.append(c);
            }
        }
        try {
            return Base64.getDecoder().decode(compact.toString());
        } catch (IllegalArgumentException e) {
            throw cursor.error("invalid base64: " + XmlCursor.shorten(String.valueOf(e.getMessage())));
        }
    }

    private Object nil() {
        if (!in.empty()) {
            in.expectEnd(XmlRpcTag.NIL);
        }
        return null;
    }
}
