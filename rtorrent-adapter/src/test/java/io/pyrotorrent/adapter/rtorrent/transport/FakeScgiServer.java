package io.pyrotorrent.adapter.rtorrent.transport;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.Channels;
import java.nio.channels.ClosedChannelException;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** A fake rTorrent SCGI listener on loopback TCP (port 0) or a unix socket, for tests. */
public final class FakeScgiServer implements FakeRtorrent {

    /** One SCGI request as received: the raw netstring (length to comma), its headers, the body. */
    public record Request(String netstring, Map<String, String> headers, byte[] body) {}

    @FunctionalInterface
    interface Behaviour {
        void answer(OutputStream out) throws IOException, InterruptedException;
    }

    private final ServerSocketChannel server;
    private final URI url;
    private final CountDownLatch closing = new CountDownLatch(1);
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Set<SocketChannel> open = ConcurrentHashMap.newKeySet();
    private final AtomicLong bytesWritten = new AtomicLong();
    private volatile Behaviour behaviour = out -> {};

    private FakeScgiServer(ServerSocketChannel server, URI url) {
        this.server = server;
        this.url = url;
        Thread acceptor = new Thread(this::acceptLoop, "fake-scgi " + url);
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static FakeScgiServer tcp() throws IOException {
        ServerSocketChannel server = ServerSocketChannel.open();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        int port = ((InetSocketAddress) server.getLocalAddress()).getPort();
        return new FakeScgiServer(server, URI.create("scgi://127.0.0.1:" + port));
    }

    static FakeScgiServer unix(Path directory) throws IOException {
        Path socket = directory.resolve("rpc.sock");
        ServerSocketChannel server = ServerSocketChannel.open(StandardProtocolFamily.UNIX);
        server.bind(UnixDomainSocketAddress.of(socket));
        return new FakeScgiServer(server, URI.create("scgi://" + socket.toUri().getPath()));
    }

    /** The head rTorrent sends before its XML. */
    static String head(long contentLength) {
        return "Status: 200 OK\r\nContent-Type: text/xml\r\nContent-Length: " + contentLength + "\r\n\r\n";
    }

    @Override
    public URI url() {
        return url;
    }

    void answer(Behaviour next) {
        behaviour = next;
    }

    void answerRaw(String raw) {
        answer(out -> write(out, raw.getBytes(StandardCharsets.UTF_8)));
    }

    @Override
    public void answerXml(String xml) {
        byte[] body = xml.getBytes(StandardCharsets.UTF_8);
        answerRaw(head(body.length) + xml);
    }

    @Override
    public void stall() {
        answer(out -> closing.await());
    }

    @Override
    public void trickle(String xml, long intervalMillis) {
        byte[] reply = (head(xml.getBytes(StandardCharsets.UTF_8).length) + xml).getBytes(StandardCharsets.UTF_8);
        answer(out -> {
            for (byte b : reply) {
                write(out, new byte[] {b});
                if (closing.await(intervalMillis, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        });
    }

    @Override
    public void streamEndless(Long declaredLength) {
        String head =
                declaredLength == null ? "Status: 200 OK\r\nContent-Type: text/xml\r\n\r\n" : head(declaredLength);
        answer(out -> {
            write(out, head.getBytes(StandardCharsets.US_ASCII));
            byte[] filler = new byte[64 * 1024];
            Arrays.fill(filler, (byte) 'x');
            while (closing.getCount() > 0) {
                write(out, filler);
            }
        });
    }

    @Override
    public void truncate(long declaredLength, String body) {
        answerRaw(head(declaredLength) + body);
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    @Override
    public List<byte[]> receivedBodies() {
        List<byte[]> bodies = new ArrayList<>();
        requests.forEach(request -> bodies.add(request.body()));
        return bodies;
    }

    @Override
    public long bytesWritten() {
        return bytesWritten.get();
    }

    @Override
    public void close() {
        closing.countDown();
        try {
            server.close();
            for (SocketChannel channel : open) {
                channel.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void write(OutputStream out, byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        bytesWritten.addAndGet(bytes.length);
    }

    private void acceptLoop() {
        while (server.isOpen()) {
            try {
                SocketChannel channel = server.accept();
                open.add(channel);
                Thread handler = new Thread(() -> serve(channel), "fake-scgi connection");
                handler.setDaemon(true);
                handler.start();
            } catch (ClosedChannelException e) {
                return;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void serve(SocketChannel channel) {
        try (channel) {
            requests.add(readRequest(Channels.newInputStream(channel)));
            behaviour.answer(Channels.newOutputStream(channel));
        } catch (IOException e) {
            // the client went away or closed early: that is what several tests provoke
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            open.remove(channel);
        }
    }

    private static Request readRequest(InputStream raw) throws IOException {
        DataInputStream in = new DataInputStream(raw);
        StringBuilder length = new StringBuilder();
        for (int c = in.read(); c != ':'; c = in.read()) {
            if (c < 0) {
                throw new EOFException("no netstring");
            }
            length.append((char) c);
        }
        byte[] pairs = new byte[Integer.parseInt(length.toString())];
        in.readFully(pairs);
        if (in.read() != ',') {
            throw new IOException("netstring without its comma");
        }
        String text = new String(pairs, StandardCharsets.ISO_8859_1);
        String[] parts = text.split("\0", -1);
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i + 1 < parts.length; i += 2) {
            headers.put(parts[i], parts[i + 1]);
        }
        byte[] body = new byte[Integer.parseInt(headers.getOrDefault("CONTENT_LENGTH", "0"))];
        in.readFully(body);
        return new Request(length + ":" + text + ",", headers, body);
    }
}
