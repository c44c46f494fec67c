package io.pyrotorrent.adapter.rtorrent.transport;

import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.TorrentClientException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.SocketAddress;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * rTorrent's own SCGI, carrying XML-RPC or JSON-RPC, on TCP or a unix socket alike.
 *
 * <p>The channel is non-blocking and driven by a {@link Selector} because a blocking
 * {@link SocketChannel} ignores read timeouts: only this way do the connect timeout and the
 * whole-call deadline hold for both socket kinds, including against a server that trickles bytes.
 */
final class ScgiTransport implements Transport {

    private static final int READ_CHUNK = 64 * 1024;

    private final Supplier<SocketAddress> address;
    private final boolean unixSocket;
    private final TransportSettings settings;
    private final String url;

    private ScgiTransport(Supplier<SocketAddress> address, boolean unixSocket, TransportSettings settings, String url) {
        this.address = address;
        this.unixSocket = unixSocket;
        this.settings = settings;
        this.url = url;
    }

    /** SCGI over TCP; the host is resolved at each call, so a moved host is followed. */
    static ScgiTransport tcp(String host, int port, TransportSettings settings, String url) {
        Supplier<SocketAddress> resolve = () -> {
            InetSocketAddress resolved = new InetSocketAddress(host, port);
            if (resolved.isUnresolved()) {
                throw unreachable("unknown host " + host + " in " + url);
            }
            return resolved;
        };
        return new ScgiTransport(resolve, false, settings, url);
    }

    static ScgiTransport unix(Path socketFile, TransportSettings settings, String url) {
        UnixDomainSocketAddress socket = UnixDomainSocketAddress.of(socketFile);
        return new ScgiTransport(() -> socket, true, settings, url);
    }

    @Override
    public byte[] exchange(byte[] body, String contentType) {
        long started = System.nanoTime();
        SocketAddress target = address.get();
        ByteBuffer[] request = {ByteBuffer.wrap(requestHeader(body.length, contentType)), ByteBuffer.wrap(body)};
        try (Selector selector = Selector.open();
                SocketChannel channel =
                        unixSocket ? SocketChannel.open(StandardProtocolFamily.UNIX) : SocketChannel.open()) {
            channel.configureBlocking(false);
            SelectionKey key = channel.register(selector, 0);
            connect(channel, key, target, started);
            long deadline = System.nanoTime() + settings.readTimeout().toNanos();
            send(channel, key, request, deadline);
            return receive(channel, key, deadline);
        } catch (IOException e) {
            // Connected, then reset or broken mid-call: rTorrent went away (killed, restarting, or
            // Docker's port proxy with no container behind it), which is what Unreachable says.
            // A clean close before the reply is complete is a truncated reply: a ProtocolError.
            throw Thread.currentThread().isInterrupted()
                    ? interrupted(started)
                    : unreachable(url + ": connection lost (" + e.getMessage() + ")");
        }
    }

    private void connect(SocketChannel channel, SelectionKey key, SocketAddress target, long started) {
        long deadline = started + settings.connectTimeout().toNanos();
        try {
            if (channel.connect(target)) {
                return;
            }
            key.interestOps(SelectionKey.OP_CONNECT);
            while (!channel.finishConnect()) {
                await(key, deadline, settings.connectTimeout());
            }
        } catch (IOException e) {
            throw Thread.currentThread().isInterrupted()
                    ? interrupted(started)
                    : unreachable(url + ": " + e.getMessage());
        }
    }

    private void send(SocketChannel channel, SelectionKey key, ByteBuffer[] request, long deadline) throws IOException {
        key.interestOps(SelectionKey.OP_WRITE);
        while (request[0].hasRemaining() || request[1].hasRemaining()) {
            if (channel.write(request) == 0) {
                await(key, deadline, settings.readTimeout());
            }
        }
    }

    private byte[] receive(SocketChannel channel, SelectionKey key, long deadline) throws IOException {
        key.interestOps(SelectionKey.OP_READ);
        ByteBuffer chunk = ByteBuffer.allocate(READ_CHUNK);
        ScgiReplyReader reply = new ScgiReplyReader(settings.maxResponseBytes(), url);
        try {
            while (!reply.isComplete()) {
                if (System.nanoTime() - deadline > 0) {
                    throw timedOut(settings.readTimeout());
                }
                int read = channel.read(chunk);
                if (read < 0) {
                    return reply.finish();
                }
                if (read == 0) {
                    await(key, deadline, settings.readTimeout());
                    continue;
                }
                chunk.flip();
                reply.accept(chunk);
                chunk.clear();
            }
            return reply.finish();
        } finally {
            // The finished body lives on with its caller; the budget only covers replies being read.
            reply.release();
        }
    }

    /** Waits until the key is ready or the deadline passes; an interrupt ends the wait too. */
    private static void await(SelectionKey key, long deadline, Duration budget) throws IOException {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            throw timedOut(budget);
        }
        key.selector().select((remaining + 999_999) / 1_000_000);
        key.selector().selectedKeys().clear();
        if (Thread.currentThread().isInterrupted()) {
            throw timedOut(budget.minusNanos(Math.max(0, deadline - System.nanoTime())));
        }
    }

    private static TorrentClientException timedOut(Duration after) {
        return new TorrentClientException(new ClientFailure.TimedOut(after));
    }

    /**
     * An interrupted caller gives up at once, as a TimedOut after the time spent so far, and keeps
     * its interrupt flag (the JDK closes an interruptible channel under an interrupted thread).
     */
    private static TorrentClientException interrupted(long started) {
        return timedOut(Duration.ofNanos(System.nanoTime() - started));
    }

    private static TorrentClientException unreachable(String detail) {
        return new TorrentClientException(new ClientFailure.Unreachable(detail));
    }

    @Override
    public String toString() {
        return "SCGI " + url;
    }

    /**
     * The request's netstring of NUL-terminated header pairs, CONTENT_LENGTH first as SCGI
     * requires, ending with the {@code ,} that precedes the body.
     */
    private static byte[] requestHeader(int bodyLength, String contentType) {
        StringBuilder pairs = new StringBuilder(96);
        for (String part : new String[] {
            "CONTENT_LENGTH",
            Integer.toString(bodyLength),
            "SCGI",
            "1",
            "REQUEST_METHOD",
            "POST",
            "REQUEST_URI",
            "/RPC2"
        }) {
            pairs.append(part).append('\0');
        }
        // rTorrent reads a body without CONTENT_TYPE as XML-RPC: XML goes exactly as it always did.
        if (!contentType.equals(XML)) {
            pairs.append("CONTENT_TYPE\0").append(contentType).append('\0');
        }
        return (pairs.length() + ":" + pairs + ",").getBytes(StandardCharsets.US_ASCII);
    }
}
