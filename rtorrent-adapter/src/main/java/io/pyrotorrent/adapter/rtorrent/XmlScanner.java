package io.pyrotorrent.adapter.rtorrent;

import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.TorrentClientException;
import java.nio.charset.StandardCharsets;

/**
 * A forward-only cursor over one reply's bytes (UTF-8) that reads the XML rTorrent writes: tags of
 * {@link XmlRpcTag}, text, comments and processing instructions. It is not a general XML parser, on
 * purpose: a DOCTYPE or any other {@code <!} declaration is refused where it stands, so no DTD,
 * entity declaration or external entity is ever read; text decodes only the five predefined
 * entities and character references ({@link XmlText}). Every failure is a {@code ProtocolError}
 * naming the byte offset; every loop advances, so no input can make it hang.
 */
final class XmlScanner {

    private final byte[] b;
    private final int end;
    private int p;
    private XmlRpcTag tag;
    private boolean closing;
    private boolean empty;

    XmlScanner(byte[] bytes) {
        this.b = bytes;
        this.end = bytes.length;
    }

    /** Skips a UTF-8 byte-order mark and the XML declaration, refusing any encoding but UTF-8. */
    void prolog() {
        if (startsWith(p, "\u00EF\u00BB\u00BF")) {
            p += 3;
        } else if (end >= 2 && (b[0] & 0xFE) == 0xFE && (b[1] & 0xFE) == 0xFE) {
            throw error("UTF-16 is not supported; rTorrent writes UTF-8");
        }
        if (startsWith(p, "<?xml") && p + 5 < end && isSpace(b[p + 5])) {
            int close = indexOf("?>", p);
            String declaration = new String(b, p, close - p, StandardCharsets.US_ASCII);
            XmlText.requireUtf8(declaration, this);
            p = close + 2;
        }
    }

    /** After the root element: only whitespace, comments and processing instructions may follow. */
    void epilog() {
        skipMisc();
        if (p < end) {
            throw error("content after </methodResponse>");
        }
    }

    /** Reads the next tag, skipping whitespace, comments and processing instructions before it. */
    XmlRpcTag nextTag() {
        skipMisc();
        if (p >= end) {
            throw error("the reply ends early");
        }
        if (b[p] != '<') {
            throw error("unexpected text");
        }
        int q = p + 1;
        closing = q < end && b[q] == '/';
        int nameStart = closing ? q + 1 : q;
        q = nameStart;
        while (q < end && isNameByte(b[q])) {
            q++;
        }
        int nameLength = q - nameStart;
        empty = false;
        while (true) {
            q = skipSpace(q);
            if (q >= end) {
                throw error("unterminated tag");
            }
            if (b[q] == '>') {
                q++;
                break;
            }
            if (b[q] == '/' && !closing && q + 1 < end && b[q + 1] == '>') {
                empty = true;
                q += 2;
                break;
            }
            if (closing || nameLength == 0) {
                throw error("malformed tag");
            }
            q = skipAttribute(q);
        }
        tag = nameLength == 0 ? null : XmlRpcTag.lookup(b, nameStart, nameLength);
        if (tag == null) {
            throw error("unsupported element <" + XmlText.excerpt(b, nameStart, nameLength) + ">");
        }
        p = q;
        return tag;
    }

    /** The last tag read was {@code </expected>}, else a ProtocolError. */
    void expectEnd(XmlRpcTag expected) {
        XmlRpcTag next = nextTag();
        if (next != expected || !closing) {
            throw error("expected </" + expected.xmlName() + ">, found <" + (closing ? "/" : "") + next.xmlName() + ">");
        }
    }

    /** The last tag read was {@code expected} (its kind, start or end, is checked by the caller). */
    void requireLast(XmlRpcTag expected) {
        if (tag != expected) {
            throw error("expected </" + expected.xmlName() + ">, found </" + tag.xmlName() + ">");
        }
    }

    boolean closing() {
        return closing;
    }

    /** The last start tag read was self-closing, like {@code <string/>}. */
    boolean empty() {
        return empty;
    }

    /**
     * True, and positioned at it, when only whitespace and comments stand before the next start tag;
     * false, and unmoved, when text or an end tag comes first (an untyped string value).
     */
    boolean atStartTag() {
        int q = p;
        while (true) {
            q = skipSpace(q);
            if (startsWith(q, "<!--")) {
                q = indexOf("-->", q + 4) + 3;
            } else if (q + 1 < end && b[q] == '<' && b[q + 1] != '/' && b[q + 1] != '!' && b[q + 1] != '?') {
                p = q;
                return true;
            } else {
                return false;
            }
        }
    }

    /** The text up to the next tag. */
    String text() {
        int q = p;
        while (q < end && b[q] != '<' && b[q] != '&' && b[q] != '\r') {
            q++;
        }
        if (q < end && b[q] == '<' && q + 1 < end && b[q + 1] != '!' && b[q + 1] != '?') {
            String text = q == p ? "" : new String(b, p, q - p, StandardCharsets.UTF_8);
            p = q;
            return text;
        }
        StringBuilder text = new StringBuilder(q - p + 16);
        p = XmlText.decode(b, p, this, text);
        return text.toString();
    }

    /**
     * A decimal integer with optional surrounding whitespace and sign, read in place; anything
     * unusual (an entity, a comment, 19 digits or more) goes through {@link #text()} instead.
     */
    long integer() {
        int q = skipSpace(p);
        boolean negative = q < end && b[q] == '-';
        if (negative || q < end && b[q] == '+') {
            q++;
        }
        int digitsStart = q;
        long value = 0;
        while (q < end && b[q] >= '0' && b[q] <= '9' && q - digitsStart < 18) {
            value = value * 10 + (b[q++] - '0');
        }
        int after = skipSpace(q);
        if (q > digitsStart && after + 1 < end && b[after] == '<' && b[after + 1] == '/') {
            p = after;
            return negative ? -value : value;
        }
        String text = text().strip();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw error("'" + XmlText.shorten(text) + "' is not an integer");
        }
    }

    /** Skips whitespace, comments and processing instructions; refuses DOCTYPE and declarations. */
    private void skipMisc() {
        while (true) {
            p = skipSpace(p);
            if (p + 1 >= end || b[p] != '<' || b[p + 1] != '!' && b[p + 1] != '?') {
                return;
            }
            if (startsWith(p, "<!--")) {
                p = indexOf("-->", p + 4) + 3;
            } else if (startsWith(p, "<?")) {
                p = indexOf("?>", p + 2) + 2;
            } else if (startsWith(p, "<!")) {
                throw refusedDeclaration(p);
            } else {
                return;
            }
        }
    }

    /** {@code name="value"} or {@code name='value'}; attribute values are never used. */
    private int skipAttribute(int q) {
        while (q < end && isNameByte(b[q])) {
            q++;
        }
        q = skipSpace(q);
        if (q >= end || b[q] != '=') {
            throw error("malformed attribute");
        }
        q = skipSpace(q + 1);
        if (q >= end || b[q] != '"' && b[q] != '\'') {
            throw error("unquoted attribute value");
        }
        byte quote = b[q++];
        while (q < end && b[q] != quote) {
            if (b[q++] == '<') {
                throw error("'<' in an attribute value");
            }
        }
        if (q >= end) {
            throw error("unterminated attribute value");
        }
        return q + 1;
    }

    TorrentClientException refusedDeclaration(int at) {
        p = at;
        return startsWith(at, "<!DOCTYPE")
                ? error("DOCTYPE refused (rTorrent never sends one; no DTD or entity is ever read)")
                : error("markup declaration '" + XmlText.excerpt(b, at, Math.min(12, end - at)) + "' refused");
    }

    /** The index of {@code marker} at or after {@code from}; a missing one is a truncated reply. */
    int indexOf(String marker, int from) {
        for (int i = from; i + marker.length() <= end; i++) {
            if (startsWith(i, marker)) {
                return i;
            }
        }
        p = from;
        throw error("unterminated markup, '" + marker + "' never comes");
    }

    /** Compares with an ASCII (or byte-valued) marker. */
    boolean startsWith(int at, String marker) {
        if (at + marker.length() > end) {
            return false;
        }
        for (int i = 0; i < marker.length(); i++) {
            if (b[at + i] != (byte) marker.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private int skipSpace(int q) {
        while (q < end && isSpace(b[q])) {
            q++;
        }
        return q;
    }

    static boolean isSpace(byte c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }

    private static boolean isNameByte(byte c) {
        return !isSpace(c) && c != '>' && c != '/' && c != '<' && c != '=' && c != '&';
    }

    TorrentClientException error(String what) {
        return errorAt(p, what);
    }

    TorrentClientException errorAt(int at, String what) {
        return new TorrentClientException(new ClientFailure.ProtocolError(
                "not a valid XML-RPC reply: " + what + " (at byte " + at + ")"));
    }
}
