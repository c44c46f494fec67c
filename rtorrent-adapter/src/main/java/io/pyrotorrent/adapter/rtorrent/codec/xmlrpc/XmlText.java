package io.pyrotorrent.adapter.rtorrent.codec.xmlrpc;

import java.nio.charset.StandardCharsets;

/**
 * Character data between tags. Plain text, rTorrent's usual, becomes a String straight from the
 * bytes and integers are parsed in place; only text holding an entity, a CDATA section, a comment
 * or a carriage return (XML reads CR LF and a lone CR as LF) takes the slow path.
 */
final class XmlText {

    private XmlText() {}

    /**
     * True, and positioned at it, when only whitespace and comments stand before the next start tag;
     * false, and unmoved, when text or an end tag comes first (an untyped string value).
     */
    static boolean atStartTag(XmlCursor in) {
        int q = in.p;
        while (true) {
            q = in.skipSpace(q);
            if (in.startsWith(q, "<!--")) {
                q = in.indexOf("-->", q + 4) + 3;
            } else if (q + 1 < in.end
                    && in.b[q] == '<'
                    && in.b[q + 1] != '/'
                    && in.b[q + 1] != '!'
                    && in.b[q + 1] != '?') {
                in.p = q;
                return true;
            } else {
                return false;
            }
        }
    }

    /** The text up to the next tag. */
    static String read(XmlCursor in) {
        byte[] b = in.b;
        int q = in.p;
        while (q < in.end && b[q] != '<' && b[q] != '&' && b[q] != '\r') {
            q++;
        }
        if (q + 1 < in.end && b[q] == '<' && b[q + 1] != '!' && b[q + 1] != '?') {
            String text = q == in.p ? "" : new String(b, in.p, q - in.p, StandardCharsets.UTF_8);
            in.p = q;
            return text;
        }
        StringBuilder text = new StringBuilder(q - in.p + 16);
        in.p = decode(in, text);
        return text.toString();
    }

    /**
     * A decimal integer with optional surrounding whitespace and sign, read in place; anything
     * unusual (an entity, a comment, 19 digits or more) goes through {@link #read} instead.
     */
    static long integer(XmlCursor in) {
        byte[] b = in.b;
        int q = in.skipSpace(in.p);
        boolean negative = q < in.end && b[q] == '-';
        if (negative || q < in.end && b[q] == '+') {
            q++;
        }
        int digitsStart = q;
        long value = 0;
        while (q < in.end && b[q] >= '0' && b[q] <= '9' && q - digitsStart < 18) {
            value = value * 10 + (b[q++] - '0');
        }
        int after = in.skipSpace(q);
        if (q > digitsStart && after + 1 < in.end && b[after] == '<' && b[after + 1] == '/') {
            in.p = after;
            return negative ? -value : value;
        }
        String text = read(in).strip();
        try {
            return Long.parseLong(text);
        } catch (NumberFormatException e) {
            throw in.error("'" + XmlCursor.shorten(text) + "' is not an integer");
        }
    }

    /** Appends the text from the cursor to the next tag and returns that tag's index. */
    private static int decode(XmlCursor in, StringBuilder out) {
        byte[] b = in.b;
        int run = in.p;
        int q = in.p;
        while (true) {
            if (q >= in.end) {
                throw in.errorAt(q, "the reply ends inside text");
            }
            byte c = b[q];
            if (c != '<' && c != '&' && c != '\r') {
                q++;
                continue;
            }
            out.append(new String(b, run, q - run, StandardCharsets.UTF_8));
            if (c == '&') {
                q = XmlReferences.decode(in, q, out);
            } else if (c == '\r') {
                out.append('\n');
                q += q + 1 < in.end && b[q + 1] == '\n' ? 2 : 1;
            } else if (in.startsWith(q, "<![CDATA[")) {
                int close = in.indexOf("]]>", q + 9);
                out.append(new String(b, q + 9, close - q - 9, StandardCharsets.UTF_8)
                        .replace("\r\n", "\n")
                        .replace('\r', '\n'));
                q = close + 3;
            } else if (in.startsWith(q, "<!--")) {
                q = in.indexOf("-->", q + 4) + 3;
            } else if (in.startsWith(q, "<?")) {
                q = in.indexOf("?>", q + 2) + 2;
            } else if (in.startsWith(q, "<!")) {
                throw in.refusedDeclaration(q);
            } else {
                return q;
            }
            run = q;
        }
    }
}
