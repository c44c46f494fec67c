package io.pyrotorrent.adapter.rtorrent.plan;

import io.pyrotorrent.domain.model.Label;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Labels live URL-encoded in d.custom1, the way ruTorrent keeps them (RFC 3986 percent-encoding,
 * space as %20). Encoded, a label has no character rTorrent's command parser reads as syntax, so
 * it can ride inside a load command. Decoding is lenient: other tools write d.custom1 too.
 */
final class LabelCodec {

    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~";

    private LabelCodec() {}

    static String encode(Label label) {
        var text = new StringBuilder();
        for (byte b : label.value().getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if (UNRESERVED.indexOf(c) >= 0) {
                text.append(c);
            } else {
                text.append('%')
                        .append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
        }
        return text.toString();
    }

    /** Never fails: a value that is not valid percent-encoding is taken as it stands. */
    static Label decode(String stored) {
        if (stored.isEmpty()) {
            return Label.NONE;
        }
        String text = stored.indexOf('%') < 0 ? stored : percentDecode(stored);
        text = text.codePoints()
                .filter(c -> !Character.isISOControl(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString()
                .strip();
        if (text.length() > Label.MAX_LENGTH) {
            text = text.substring(0, Label.MAX_LENGTH);
        }
        return Label.of(text);
    }

    private static String percentDecode(String stored) {
        var bytes = new ByteArrayOutputStream(stored.length());
        int run = 0;
        for (int i = 0; i < stored.length(); i++) {
            if (stored.charAt(i) != '%') {
                continue;
            }
            if (i + 2 >= stored.length() || hex(stored.charAt(i + 1)) < 0 || hex(stored.charAt(i + 2)) < 0) {
                return stored;
            }
            bytes.writeBytes(stored.substring(run, i).getBytes(StandardCharsets.UTF_8));
            bytes.write(hex(stored.charAt(i + 1)) * 16 + hex(stored.charAt(i + 2)));
            i += 2;
            run = i + 1;
        }
        bytes.writeBytes(stored.substring(run).getBytes(StandardCharsets.UTF_8));
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static int hex(char c) {
        return Character.digit(c, 16);
    }
}
