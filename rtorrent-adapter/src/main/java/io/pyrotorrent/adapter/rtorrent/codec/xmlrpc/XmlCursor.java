package io.pyrotorrent.adapter.rtorrent.codec.xmlrpc;

import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.TorrentClientException;
import java.nio.charset.StandardCharsets;

/**
 * A position in one reply's bytes, and what every part of the decoder needs around it: matching
 * ASCII markers, skipping whitespace, comments and processing instructions, and failing with a
 * {@code ProtocolError} that names the byte offset. A DOCTYPE or any other {@code <!} declaration
 * is refused where it stands, so no DTD or entity declaration is ever read. Every loop advances
 * or fails, so no input can make the decoder hang.
 */
final class XmlCursor {

    final byte[] b;
    final int end;
    int p;

    XmlCursor(byte[] bytes) {
        this.b = bytes;
        this.end = bytes.length;
    }

    /** Skips whitespace, comments and processing instructions; refuses DOCTYPE and declarations. */
    void skipMisc() {
        while (true) {
            p = skipSpace(p);
            if (p + 1 >= end || b[p] != '<' || b[p + 1] != '!' && b[p + 1] != '?') {
                return;
            }
            if (startsWith(p, "<!--")) {
                p = indexOf("-->", p + 4) + 3;
            } else if (startsWith(p, "<?")) {
                p = indexOf("?>", p + 2) + 2;
            } else {
                throw refusedDeclaration(p);
            }
        }
    }

    TorrentClientException refusedDeclaration(int at) {
        return startsWith(at, "<!DOCTYPE")
                ? errorAt(at, "DOCTYPE refused (rTorrent never sends one; no DTD or entity is ever read)")
                : errorAt(at, "markup declaration '" + excerpt(at, Math.min(12, end - at)) + "' refused");
    }

    /** The index of {@code marker} at or after {@code from}; a missing one is a truncated reply. */
    int indexOf(String marker, int from) {
        for (int i = from; i + marker.length() <= end; i++) {
            if (startsWith(i, marker)) {
                return i;
            }
        }
        throw errorAt(from, "unterminated markup, '" + marker + "' never comes");
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

    int skipSpace(int q) {
        while (q < end && isSpace(b[q])) {
            q++;
        }
        return q;
    }

    static boolean isSpace(byte c) {
        return c == ' ' || c == '\n' || c == '\t' || c == '\r';
    }

    String excerpt(int from, int length) {
        return shorten(new String(b, from, Math.min(length, 60), StandardCharsets.UTF_8));
    }

    static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "..." : text;
    }

    TorrentClientException error(String what) {
        return errorAt(p, what);
    }

    TorrentClientException errorAt(int at, String what) {
        return new TorrentClientException(
                new ClientFailure.ProtocolError("not a valid XML-RPC reply: " + what + " (at byte " + at + ")"));
    }
}
