package io.pyrotorrent.it.support;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An SCGI listener on 127.0.0.1 (an ephemeral port) that reads each request like rTorrent would
 * and answers it with an attack instead of XML-RPC ({@link Attack}). It counts the requests it
 * answered and the connections still open, so a test can tell an attack was delivered and that
 * the client let go of every connection afterwards (no thread left reading a stalled reply).
 */
public final class HostileScgiServer implements AutoCloseable {

    /** What every request gets, until {@link #answer} says otherwise. */
    public enum Attack {
        /** A DOCTYPE declaring an external entity for file:///etc/passwd, used in the reply. */
        EXTERNAL_ENTITY,
        /** "Billion laughs": nine levels of entities, each ten of the one below. */
        ENTITY_BOMB,
        /** 4 KiB of random bytes, no SCGI head at all, then the connection closes. */
        GARBAGE,
        /** A head declaring a 1 TB body, the first bytes of XML, then nothing until the client gives up. */
        HUGE_LENGTH_THEN_STALL,
        /** The same with 60 MiB declared: under the reply limit, so only the target's timeout ends it. */
        LARGE_LENGTH_THEN_STALL,
        /** A head with no length, then XML-looking bytes for as long as the client reads. */
        ENDLESS
    }

    private final ServerSocket server;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final AtomicInteger answered = new AtomicInteger();
    private volatile Attack attack;

    private HostileScgiServer(ServerSocket server, Attack attack) {
        this.server = server;
        this.attack = attack;
        Thread acceptor = new Thread(this::acceptLoop, "hostile-scgi");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static HostileScgiServer start(Attack first) {
        try {
            return new HostileScgiServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), first);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public URI url() {
        return URI.create("scgi://127.0.0.1:" + server.getLocalPort());
    }

    public void answer(Attack next) {
        attack = next;
    }

    /** Requests read and attacked so far. */
    public int answered() {
        return answered.get();
    }

    /** Connections the client has not closed yet. */
    public int openConnections() {
        return open.size();
    }

    @Override
    public void close() {
        try {
            server.close();
            for (Socket socket : open) {
                socket.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void acceptLoop() {
        while (!server.isClosed()) {
            try {
                Socket socket = server.accept();
                open.add(socket);
                Thread handler = new Thread(() -> serve(socket), "hostile-scgi connection");
                handler.setDaemon(true);
                handler.start();
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            InputStream in = socket.getInputStream();
            readRequest(in);
            answered.incrementAndGet();
            OutputStream out = socket.getOutputStream();
            switch (attack) {
                case EXTERNAL_ENTITY -> out.write(reply(externalEntity()));
                case ENTITY_BOMB -> out.write(reply(entityBomb()));
                case GARBAGE -> out.write(garbage());
                case HUGE_LENGTH_THEN_STALL -> stall(in, out, 1_000_000_000_000L);
                case LARGE_LENGTH_THEN_STALL -> stall(in, out, 60L * 1024 * 1024);
                case ENDLESS -> endless(out);
            }
            out.flush();
        } catch (SocketException | EOFException clientLeft) {
            // the client closed its side: what the stalling attacks wait for
        } catch (IOException e) {
            // any other failure ends this connection only
        } finally {
            open.remove(socket);
        }
    }

    private static void stall(InputStream in, OutputStream out, long declared) throws IOException {
        out.write((head(declared) + "<?xml version=\"1.0\"?><methodResponse>").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        // Holds the connection until the client closes it: read() returns -1 then.
        while (in.read() >= 0) {
            continue;
        }
    }

    private static void endless(OutputStream out) throws IOException {
        out.write(("Status: 200 OK\r\nContent-Type: text/xml\r\n\r\n<?xml version=\"1.0\"?><methodResponse><params>"
                        + "<param><value><string>")
                .getBytes(StandardCharsets.US_ASCII));
        byte[] filler = new byte[64 * 1024];
        Arrays.fill(filler, (byte) 'x');
        while (true) {
            out.write(filler);
        }
    }

    static String externalEntity() {
        return "<?xml version=\"1.0\"?><!DOCTYPE methodResponse [<!ENTITY passwd SYSTEM \"file:///etc/passwd\">]>"
                + "<methodResponse><params><param><value><array><data><value><array><data>"
                + "<value><string>&passwd;</string></value></data></array></value></data></array></value></param>"
                + "</params></methodResponse>";
    }

    static String entityBomb() {
        var bomb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int level = 1; level <= 9; level++) {
            bomb.append("<!ENTITY lol")
                    .append(level)
                    .append(" \"")
                    .append(("&lol" + (level == 1 ? "" : level - 1) + ";").repeat(10))
                    .append("\">");
        }
        return bomb.append("]><methodResponse><params><param><value><string>&lol9;</string></value></param>"
                        + "</params></methodResponse>")
                .toString();
    }

    private static byte[] garbage() {
        var bytes = new byte[4096];
        new Random(4096).nextBytes(bytes);
        return bytes;
    }

    private static byte[] reply(String xml) {
        byte[] body = xml.getBytes(StandardCharsets.UTF_8);
        byte[] head = head(body.length).getBytes(StandardCharsets.US_ASCII);
        byte[] all = Arrays.copyOf(head, head.length + body.length);
        System.arraycopy(body, 0, all, head.length, body.length);
        return all;
    }

    private static String head(long contentLength) {
        return "Status: 200 OK\r\nContent-Type: text/xml\r\nContent-Length: " + contentLength + "\r\n\r\n";
    }

    /** An SCGI request: a netstring of headers (CONTENT_LENGTH first), a comma, the body. */
    private static void readRequest(InputStream raw) throws IOException {
        var in = new DataInputStream(raw);
        var length = new StringBuilder();
        for (int c = in.read(); c != ':'; c = in.read()) {
            if (c < 0 || length.length() > 10) {
                throw new EOFException("no SCGI netstring");
            }
            length.append((char) c);
        }
        var headers = new byte[Integer.parseInt(length.toString())];
        in.readFully(headers);
        if (in.read() != ',') {
            throw new IOException("netstring without its comma");
        }
        String[] pairs = new String(headers, StandardCharsets.ISO_8859_1).split("\0", -1);
        in.readFully(new byte[Integer.parseInt(pairs[1])]);
    }
}
