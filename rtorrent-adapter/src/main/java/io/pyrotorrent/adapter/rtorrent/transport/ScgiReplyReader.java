package io.pyrotorrent.adapter.rtorrent.transport;

import static io.pyrotorrent.adapter.rtorrent.transport.Transports.protocolError;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.OptionalLong;

/**
 * Splits the CGI-style reply at its first blank line ({@code Status: 200 OK}, Content-Type,
 * Content-Length, then the XML) and collects the body within the size limit.
 */
final class ScgiReplyReader {
    private static final int MAX_HEAD_BYTES = 8 * 1024;

    private final long limit;
    private final String url;
    private final byte[] head = new byte[MAX_HEAD_BYTES];
    private int headSize;
    private ReplyBody body;

    ScgiReplyReader(long limit, String url) {
        this.limit = limit;
        this.url = url;
    }

    void accept(ByteBuffer chunk) {
        if (body == null) {
            int searchFrom = Math.max(0, headSize - 3);
            int taken = Math.min(chunk.remaining(), MAX_HEAD_BYTES - headSize);
            chunk.get(head, headSize, taken);
            headSize += taken;
            int end = blankLineAt(searchFrom);
            if (end < 0) {
                if (headSize == MAX_HEAD_BYTES) {
                    throw protocolError(
                            "no end of headers in the first " + MAX_HEAD_BYTES + " bytes of the reply from " + url);
                }
                return;
            }
            body = new ReplyBody(contentLength(end), limit, url);
            body.append(ByteBuffer.wrap(head, end + 4, headSize - end - 4));
        }
        body.append(chunk);
    }

    boolean isComplete() {
        return body != null && body.isComplete();
    }

    /** Gives the body's memory back; however the read ended. */
    void release() {
        if (body != null) {
            body.release();
        }
    }

    /** The body, once complete or at the end of the stream, whichever comes first. */
    byte[] finish() {
        if (body != null) {
            return body.finish();
        }
        if (headSize == 0) {
            // rTorrent answers a request body over 2 MiB exactly like this: it just closes.
            throw protocolError("truncated reply: " + url + " closed the connection without answering");
        }
        throw protocolError("truncated reply from " + url + ": closed before the end of the headers");
    }

    private int blankLineAt(int from) {
        for (int i = from; i + 3 < headSize; i++) {
            if (head[i] == '\r' && head[i + 1] == '\n' && head[i + 2] == '\r' && head[i + 3] == '\n') {
                return i;
            }
        }
        return -1;
    }

    /** Checks the status and returns the declared length, if any; CGI's default status is 200. */
    private OptionalLong contentLength(int headEnd) {
        OptionalLong length = OptionalLong.empty();
        for (String line : new String(head, 0, headEnd, StandardCharsets.ISO_8859_1).split("\r\n")) {
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String name = line.substring(0, colon).trim();
            String value = line.substring(colon + 1).trim();
            if (name.equalsIgnoreCase("Status") && !(value.equals("200") || value.startsWith("200 "))) {
                throw protocolError("non-200 reply '" + line + "' from " + url);
            }
            if (name.equalsIgnoreCase("Content-Length")) {
                length = OptionalLong.of(parseLength(value));
            }
        }
        return length;
    }

    private long parseLength(String value) {
        try {
            long parsed = Long.parseLong(value);
            if (parsed >= 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below like a negative length
        }
        throw protocolError("invalid Content-Length '" + value + "' from " + url);
    }
}
