package io.pyrotorrent.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * HTTP/1.1 over a plain loopback socket, for requests {@code java.net.http} refuses to send: bad
 * %-escapes, %00, raw non-ASCII in the request line, any method name, any header. One request per
 * connection ({@code Connection: close}), bounded by a deadline: a server that stops answering
 * is a {@link SocketTimeoutException}, never a hung test.
 */
public final class RawHttp {

    /** Bodies are kept up to this size; the rest is read and dropped (a download, /static). */
    private static final int KEPT = 1024 * 1024;

    private RawHttp() {}

    /** What came back; {@code headers} has lower-case names. */
    public record Response(int status, Map<String, String> headers, byte[] body, Duration took) {

        public String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        public Optional<String> header(String name) {
            return Optional.ofNullable(headers.get(name.toLowerCase(Locale.ROOT)));
        }
    }

    /**
     * Sends {@code method target} (the raw request-target, sent byte for byte as UTF-8) with the
     * headers given (name, value pairs) plus Host, Connection and Content-Length.
     */
    public static Response send(
            int port, String method, String target, List<String[]> headers, byte[] body, Duration timeout)
            throws IOException {
        long started = System.nanoTime();
        long deadline = started + timeout.toNanos();
        try (var socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setSoTimeout((int) timeout.toMillis());
            var head = new StringBuilder(method)
                    .append(' ')
                    .append(target)
                    .append(" HTTP/1.1\r\n")
                    .append("Host: 127.0.0.1:")
                    .append(port)
                    .append("\r\nConnection: close\r\n");
            for (String[] header : headers) {
                head.append(header[0]).append(": ").append(header[1]).append("\r\n");
            }
            if (body.length > 0 || !method.equals("GET")) {
                head.append("Content-Length: ").append(body.length).append("\r\n");
            }
            head.append("\r\n");
            try {
                OutputStream out = socket.getOutputStream();
                out.write(head.toString().getBytes(StandardCharsets.UTF_8));
                out.write(body);
                out.flush();
            } catch (IOException answeredEarly) {
                // The server may refuse (and close) before the body is in; its answer is still readable.
            }
            return read(socket.getInputStream(), method.equals("HEAD"), started, deadline);
        }
    }

    private static Response read(InputStream in, boolean head, long started, long deadline) throws IOException {
        String statusLine = line(in, deadline);
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
            throw new IOException("not an HTTP response: '" + statusLine + "'");
        }
        int status = Integer.parseInt(parts[1]);
        var headers = new TreeMap<String, String>();
        for (String line = line(in, deadline); !line.isEmpty(); line = line(in, deadline)) {
            int colon = line.indexOf(':');
            headers.merge(
                    line.substring(0, colon).strip().toLowerCase(Locale.ROOT),
                    line.substring(colon + 1).strip(),
                    (a, b) -> a + ", " + b);
        }
        var body = new ByteArrayOutputStream();
        boolean noBody = head
                || status == 204
                || status == 304
                || status < 200
                // An event stream never ends: its status and headers are the answer.
                || headers.getOrDefault("content-type", "").startsWith("text/event-stream");
        if (!noBody) {
            if (headers.getOrDefault("transfer-encoding", "").contains("chunked")) {
                for (int size = chunkSize(in, deadline); size > 0; size = chunkSize(in, deadline)) {
                    copy(in, body, size, deadline);
                    line(in, deadline);
                }
            } else if (headers.containsKey("content-length")) {
                copy(in, body, Long.parseLong(headers.get("content-length")), deadline);
            } else {
                copy(in, body, Long.MAX_VALUE, deadline);
            }
        }
        return new Response(status, headers, body.toByteArray(), Duration.ofNanos(System.nanoTime() - started));
    }

    private static int chunkSize(InputStream in, long deadline) throws IOException {
        String line = line(in, deadline);
        int semicolon = line.indexOf(';');
        return Integer.parseInt((semicolon < 0 ? line : line.substring(0, semicolon)).strip(), 16);
    }

    private static void copy(InputStream in, ByteArrayOutputStream out, long length, long deadline) throws IOException {
        var buffer = new byte[16 * 1024];
        long left = length;
        while (left > 0) {
            checkDeadline(deadline);
            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
            if (n < 0) {
                if (length == Long.MAX_VALUE) {
                    return;
                }
                throw new IOException("the body ended " + left + " bytes early");
            }
            if (out.size() < KEPT) {
                out.write(buffer, 0, Math.min(n, KEPT - out.size()));
            }
            left -= n;
        }
    }

    private static String line(InputStream in, long deadline) throws IOException {
        var line = new ByteArrayOutputStream();
        for (int c = in.read(); c != '\n'; c = in.read()) {
            if (c < 0) {
                throw new IOException("the connection closed in the middle of the head");
            }
            checkDeadline(deadline);
            if (c != '\r') {
                line.write(c);
            }
        }
        return line.toString(StandardCharsets.ISO_8859_1);
    }

    private static void checkDeadline(long deadline) throws SocketTimeoutException {
        if (System.nanoTime() - deadline > 0) {
            throw new SocketTimeoutException("no complete answer before the deadline");
        }
    }
}
