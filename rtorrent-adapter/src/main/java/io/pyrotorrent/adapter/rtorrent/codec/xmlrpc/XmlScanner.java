package io.pyrotorrent.adapter.rtorrent.codec.xmlrpc;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tags of a methodResponse, on purpose not a general XML parser: only the elements of
 * {@link XmlRpcTag} exist (attributes are skipped unread), and a UTF-8 reply is the only kind.
 * Character data between tags is read by {@link XmlText}.
 */
final class XmlScanner {

    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([^\"']*)[\"']");

    private final XmlCursor in;
    private XmlRpcTag tag;
    private boolean closing;
    private boolean empty;

    XmlScanner(XmlCursor cursor) {
        this.in = cursor;
    }

    /** Skips a UTF-8 byte-order mark and the XML declaration, refusing any encoding but UTF-8. */
    void prolog() {
        if (in.startsWith(0, "\u00EF\u00BB\u00BF")) {
            in.p = 3;
        } else if (in.end >= 2 && (in.b[0] & 0xFE) == 0xFE && (in.b[1] & 0xFE) == 0xFE) {
            throw in.error("UTF-16 is not supported; rTorrent writes UTF-8");
        }
        if (in.startsWith(in.p, "<?xml") && in.p + 5 < in.end && XmlCursor.isSpace(in.b[in.p + 5])) {
            int close = in.indexOf("?>", in.p);
            Matcher encoding = ENCODING.matcher(new String(in.b, in.p, close - in.p, StandardCharsets.US_ASCII));
            String name = encoding.find() ? encoding.group(1).toUpperCase(Locale.ROOT) : "UTF-8";
            if (!name.equals("UTF-8") && !name.equals("UTF8") && !name.equals("US-ASCII")) {
                throw in.error(
                        "unsupported encoding '" + XmlCursor.shorten(encoding.group(1)) + "'; rTorrent writes UTF-8");
            }
            in.p = close + 2;
        }
    }

    /** After the root element: only whitespace, comments and processing instructions may follow. */
    void epilog() {
        in.skipMisc();
        if (in.p < in.end) {
            throw in.error("content after </methodResponse>");
        }
    }

    /** Reads the next tag, skipping whitespace, comments and processing instructions before it. */
    XmlRpcTag nextTag() {
        in.skipMisc();
        if (in.p >= in.end) {
            throw in.error("the reply ends early");
        }
        if (in.b[in.p] != '<') {
            throw in.error("unexpected text");
        }
        byte[] b = in.b;
        int q = in.p + 1;
        closing = q < in.end && b[q] == '/';
        int nameStart = closing ? q + 1 : q;
        q = nameStart;
        while (q < in.end && isNameByte(b[q])) {
            q++;
        }
        int nameLength = q - nameStart;
        empty = false;
        while (true) {
            q = in.skipSpace(q);
            if (q >= in.end) {
                throw in.error("unterminated tag");
            }
            if (b[q] == '>') {
                q++;
                break;
            }
            if (b[q] == '/' && !closing && q + 1 < in.end && b[q + 1] == '>') {
                empty = true;
                q += 2;
                break;
            }
            if (closing || nameLength == 0) {
                throw in.error("malformed tag");
            }
            q = skipAttribute(q);
        }
        tag = nameLength == 0 ? null : XmlRpcTag.lookup(b, nameStart, nameLength);
        if (tag == null) {
            throw in.error("unsupported element <" + in.excerpt(nameStart, nameLength) + ">");
        }
        in.p = q;
        return tag;
    }

    /** The next tag is {@code </expected>}, else a ProtocolError. */
    void expectEnd(XmlRpcTag expected) {
        XmlRpcTag next = nextTag();
        if (next != expected || !closing) {
            throw in.error(
                    "expected </" + expected.xmlName() + ">, found <" + (closing ? "/" : "") + next.xmlName() + ">");
        }
    }

    /** The last tag read was {@code expected} (whether start or end is checked by the caller). */
    void requireLast(XmlRpcTag expected) {
        if (tag != expected) {
            throw in.error("expected </" + expected.xmlName() + ">, found </" + tag.xmlName() + ">");
        }
    }

    boolean closing() {
        return closing;
    }

    /** The last start tag read was self-closing, like {@code <string/>}. */
    boolean empty() {
        return empty;
    }

    /** {@code name="value"} or {@code name='value'}; attribute values are never used. */
    private int skipAttribute(int q) {
        byte[] b = in.b;
        while (q < in.end && isNameByte(b[q])) {
            q++;
        }
        q = in.skipSpace(q);
        if (q >= in.end || b[q] != '=') {
            throw in.error("malformed attribute");
        }
        q = in.skipSpace(q + 1);
        if (q >= in.end || b[q] != '"' && b[q] != '\'') {
            throw in.error("unquoted attribute value");
        }
        byte quote = b[q++];
        while (q < in.end && b[q] != quote) {
            if (b[q++] == '<') {
                throw in.error("'<' in an attribute value");
            }
        }
        if (q >= in.end) {
            throw in.error("unterminated attribute value");
        }
        return q + 1;
    }

    private static boolean isNameByte(byte c) {
        return !XmlCursor.isSpace(c) && c != '>' && c != '/' && c != '<' && c != '=' && c != '&';
    }
}
