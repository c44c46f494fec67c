package io.pyrotorrent.adapter.rtorrent;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Character data the slow way, for text that holds an entity, a CDATA section, a comment or a
 * carriage return (the scanner reads plain text in place). Only the five predefined entities and
 * character references of XML characters are decoded; any other entity is refused, never looked up.
 */
final class XmlText {

    /** The longest reference worth reading: {@code &#x0010FFFF;} and a little room for names. */
    private static final int MAX_REFERENCE = 16;
    private static final Pattern ENCODING = Pattern.compile("encoding\\s*=\\s*[\"']([^\"']*)[\"']");

    private XmlText() {
    }

    /** Appends the text from {@code from} to the next tag and returns that tag's index. */
    static int decode(byte[] b, int from, XmlScanner in, StringBuilder out) {
        int run = from;
        int q = from;
        while (true) {
            if (q >= b.length) {
                throw in.errorAt(q, "the reply ends inside text");
            }
            byte c = b[q];
            if (c == '<' || c == '&' || c == '\r') {
                out.append(new String(b, run, q - run, StandardCharsets.UTF_8));
                if (c == '&') {
                    q = reference(b, q, in, out);
                } else if (c == '\r') {
                    out.append('\n');
                    q += q + 1 < b.length && b[q + 1] == '\n' ? 2 : 1;
                } else if (in.startsWith(q, "<![CDATA[")) {
                    int close = in.indexOf("]]>", q + 9);
                    out.append(new String(b, q + 9, close - q - 9, StandardCharsets.UTF_8)
                            .replace("\r\n", "\n").replace('\r', '\n'));
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
            } else {
                q++;
            }
        }
    }

    /** Decodes the reference at {@code b[at] == '&'} and returns the index after its ';'. */
    private static int reference(byte[] b, int at, XmlScanner in, StringBuilder out) {
        int semicolon = -1;
        for (int i = at + 1; i < Math.min(b.length, at + MAX_REFERENCE); i++) {
            if (b[i] == ';') {
                semicolon = i;
                break;
            }
        }
        if (semicolon < 0) {
            throw in.errorAt(at, "'&' that starts no entity or character reference");
        }
        String name = new String(b, at + 1, semicolon - at - 1, StandardCharsets.US_ASCII);
        switch (name) {
            case "lt" -> out.append('<');
            case "gt" -> out.append('>');
            case "amp" -> out.append('&');
            case "quot" -> out.append('"');
            case "apos" -> out.append('\'');
            default -> out.appendCodePoint(characterReference(name, at, in));
        }
        return semicolon + 1;
    }

    private static int characterReference(String name, int at, XmlScanner in) {
        if (!name.startsWith("#")) {
            throw in.errorAt(at, "entity '&" + name + ";' refused: only the five predefined entities and"
                    + " character references are decoded");
        }
        boolean hex = name.startsWith("#x");
        String digits = name.substring(hex ? 2 : 1);
        int codePoint;
        try {
            codePoint = digits.isEmpty() || digits.charAt(0) == '+' || digits.charAt(0) == '-' ? -1
                    : Integer.parseInt(digits, hex ? 16 : 10);
        } catch (NumberFormatException e) {
            codePoint = -1;
        }
        if (!isXmlChar(codePoint)) {
            throw in.errorAt(at, "invalid character reference '&" + name + ";'");
        }
        return codePoint;
    }

    /** XML 1.0's Char production: what a character reference may name. */
    private static boolean isXmlChar(int c) {
        return c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c <= 0xD7FF || c >= 0xE000 && c <= 0xFFFD
                || c >= 0x10000 && c <= 0x10FFFF;
    }

    /** rTorrent declares UTF-8 or nothing; a reply in another encoding would decode wrongly. */
    static void requireUtf8(String declaration, XmlScanner in) {
        Matcher encoding = ENCODING.matcher(declaration);
        if (encoding.find()) {
            String name = encoding.group(1).toUpperCase(Locale.ROOT);
            if (!name.equals("UTF-8") && !name.equals("UTF8") && !name.equals("US-ASCII")) {
                throw in.errorAt(0, "unsupported encoding '" + shorten(encoding.group(1)) + "'; rTorrent writes UTF-8");
            }
        }
    }

    static String excerpt(byte[] b, int from, int length) {
        return shorten(new String(b, from, Math.min(length, 60), StandardCharsets.UTF_8));
    }

    static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }
}
