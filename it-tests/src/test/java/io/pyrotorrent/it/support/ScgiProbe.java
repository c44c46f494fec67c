package io.pyrotorrent.it.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.SocketAddress;
import java.net.SocketTimeoutException;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * A deliberately tiny, independent SCGI client for test support: readiness probes and checks
 * of what rTorrent really answers, without going through the production adapter under test.
 *
 * <p>One call per connection, as rTorrent closes the connection after each reply. Works for
 * TCP ({@link java.net.InetSocketAddress}) and unix sockets
 * ({@link java.net.UnixDomainSocketAddress}) alike, and is bounded by a deadline: a
 * non-blocking channel with a selector, since socket channels have no read timeout.
 */
public final class ScgiProbe {

    private ScgiProbe() {}

    /** The XML-RPC call {@code method("")}: "" is rTorrent's "no target" first parameter. */
    public static String xmlCall(String method) {
        return "<?xml version=\"1.0\"?><methodCall><methodName>" + method + "</methodName>"
                + "<params><param><value><string></string></value></param></params></methodCall>";
    }

    /**
     * Sends {@code xml} as one SCGI request and returns the response body (the XML after the
     * headers).
     *
     * @throws IOException if the connection fails, the status is not 200 or the deadline passes
     */
    public static String call(SocketAddress address, String xml, Duration timeout) throws IOException {
        long deadline = System.nanoTime() + timeout.toNanos();
        try (SocketChannel channel = address instanceof UnixDomainSocketAddress
                        ? SocketChannel.open(StandardProtocolFamily.UNIX)
                        : SocketChannel.open();
                Selector selector = Selector.open()) {
            channel.configureBlocking(false);
            if (!channel.connect(address)) {
                await(selector, channel, SelectionKey.OP_CONNECT, deadline);
                channel.finishConnect();
            }
            ByteBuffer request = ByteBuffer.wrap(request(xml));
            while (request.hasRemaining()) {
                if (channel.write(request) == 0) {
                    await(selector, channel, SelectionKey.OP_WRITE, deadline);
                }
            }
            return body(readToEof(selector, channel, deadline));
        }
    }

    /** {@code <len>:CONTENT_LENGTH\0<n>\0SCGI\01\0REQUEST_METHOD\0POST\0REQUEST_URI\0/RPC2\0,<xml>}. */
    static byte[] request(String xml) {
        byte[] body = xml.getBytes(StandardCharsets.UTF_8);
        String headers =
                "CONTENT_LENGTH\0" + body.length + "\0SCGI\0" + "1\0" + "REQUEST_METHOD\0POST\0REQUEST_URI\0/RPC2\0";
        byte[] headerBytes = headers.getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream out = new ByteArrayOutputStream(headerBytes.length + body.length + 16);
        out.writeBytes((headerBytes.length + ":").getBytes(StandardCharsets.US_ASCII));
        out.writeBytes(headerBytes);
        out.write(',');
        out.writeBytes(body);
        return out.toByteArray();
    }

    private static byte[] readToEof(Selector selector, SocketChannel channel, long deadline) throws IOException {
        ByteArrayOutputStream response = new ByteArrayOutputStream();
        ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
        while (true) {
            int n = channel.read(buffer);
            if (n < 0) {
                return response.toByteArray();
            }
            if (n == 0) {
                await(selector, channel, SelectionKey.OP_READ, deadline);
                continue;
            }
            response.write(buffer.array(), 0, buffer.position());
            buffer.clear();
        }
    }

    /** rTorrent answers {@code Status: 200 OK\r\n...\r\n\r\n<xml>}. */
    private static String body(byte[] response) throws IOException {
        String text = new String(response, StandardCharsets.UTF_8);
        int split = text.indexOf("\r\n\r\n");
        if (split < 0) {
            throw new IOException("not an SCGI response (no header end), got " + response.length + " bytes");
        }
        String head = text.substring(0, split);
        if (!head.startsWith("Status: 200")) {
            throw new IOException("SCGI status is not 200: " + head);
        }
        return text.substring(split + 4);
    }

    private static void await(Selector selector, SocketChannel channel, int op, long deadline) throws IOException {
        long remainingMillis = (deadline - System.nanoTime()) / 1_000_000;
        if (remainingMillis <= 0) {
            throw new SocketTimeoutException("SCGI call timed out");
        }
        SelectionKey key = channel.register(selector, op);
        int ready = selector.select(remainingMillis);
        selector.selectedKeys().clear();
        key.interestOps(0);
        if (ready == 0 && System.nanoTime() - deadline >= 0) {
            throw new SocketTimeoutException("SCGI call timed out");
        }
    }
}
