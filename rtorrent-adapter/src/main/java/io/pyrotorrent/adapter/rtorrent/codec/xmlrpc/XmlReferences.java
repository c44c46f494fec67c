package io.pyrotorrent.adapter.rtorrent.codec.xmlrpc;

import java.nio.charset.StandardCharsets;

/**
 * Entity and character references in text. Only XML's five predefined entities and references to
 * XML characters are decoded; any other entity is refused, never looked up, so there is nothing
 * to expand and nothing external to fetch.
 */
final class XmlReferences {

    /** The longest reference worth reading: {@code &#x0010FFFF;} and a little room for names. */
    private static final int MAX_REFERENCE = 16;

    private XmlReferences() {}

    /** Decodes the reference at {@code in.b[at] == '&'} into {@code out}; returns the index after its ';'. */
    static int decode(XmlCursor in, int at, StringBuilder out) {
        int semicolon = -1;
        for (int i = at + 1; i < Math.min(in.end, at + MAX_REFERENCE); i++) {
            if (in.b[i] == ';') {
                semicolon = i;
                break;
            }
        }
        if (semicolon < 0) {
            throw in.errorAt(at, "'&' that starts no entity or character reference");
        }
        String name = new String(in.b, at + 1, semicolon - at - 1, StandardCharsets.US_ASCII);
        switch (name) {
            case "lt" -> out.append('<');
            case "gt" -> out.append('>');
            case "amp" -> out.append('&');
            case "quot" -> out.append('"');
            case "apos" -> out.append('\'');
            default -> out.appendCodePoint(characterReference(in, name, at));
        }
        return semicolon + 1;
    }

    private static int characterReference(XmlCursor in, String name, int at) {
        if (!name.startsWith("#")) {
            throw in.errorAt(
                    at,
                    "entity '&" + name + ";' refused: only the five predefined entities and"
                            + " character references are decoded");
        }
        boolean hex = name.startsWith("#x");
        String digits = name.substring(hex ? 2 : 1);
        int codePoint;
        try {
            codePoint = digits.isEmpty() || digits.charAt(0) == '+' || digits.charAt(0) == '-'
                    ? -1
                    : Integer.parseInt(digits, hex ? 16 : 10);
        } catch (NumberFormatException e) {
            codePoint = -1;
        }
        if (!isXmlChar(codePoint)) {
            throw in.errorAt(at, "invalid character reference '&" + name + ";'");
        }
        return codePoint;
    }

    /** XML 1.0's Char production: what a character reference may name (no NUL, no lone surrogates). */
    private static boolean isXmlChar(int c) {
        return c == 0x9
                || c == 0xA
                || c == 0xD
                || c >= 0x20 && c <= 0xD7FF
                || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }
}
