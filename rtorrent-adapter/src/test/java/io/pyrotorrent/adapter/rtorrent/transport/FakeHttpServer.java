package io.pyrotorrent.adapter.rtorrent.transport;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/** A fake web server with an SCGI mount at /RPC2, on 127.0.0.1 and a free port, for tests. */
final class FakeHttpServer implements FakeRtorrent {

    @FunctionalInterface
    interface Behaviour {
        void answer(HttpExchange exchange) throws IOException, InterruptedException;
    }

    private final HttpServer server;
    private final ExecutorService handlers = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "fake-http");
        thread.setDaemon(true);
        return thread;
    });
    private final CountDownLatch closing = new CountDownLatch(1);
    private final List<byte[]> bodies = new CopyOnWriteArrayList<>();
    private final AtomicLong bytesWritten = new AtomicLong();
    private volatile Behaviour behaviour = exchange -> exchange.sendResponseHeaders(204, -1);

    FakeHttpServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(handlers);
        server.createContext("/RPC2", exchange -> {
            try (exchange) {
                bodies.add(exchange.getRequestBody().readAllBytes());
                behaviour.answer(exchange);
            } catch (IOException e) {
                // the client went away, which several tests provoke
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    @Override
    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/RPC2");
    }

    void answer(Behaviour next) {
        behaviour = next;
    }

    void answerStatus(int status) {
        answer(exchange -> exchange.sendResponseHeaders(status, -1));
    }

    @Override
    public void answerXml(String xml) {
        byte[] body = xml.getBytes(StandardCharsets.UTF_8);
        answer(exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "text/xml");
            exchange.sendResponseHeaders(200, body.length);
            write(exchange.getResponseBody(), body);
        });
    }

    @Override
    public void stall() {
        answer(exchange -> closing.await());
    }

    @Override
    public void trickle(String xml, long intervalMillis) {
        byte[] body = xml.getBytes(StandardCharsets.UTF_8);
        answer(exchange -> {
            exchange.sendResponseHeaders(200, body.length);
            OutputStream out = exchange.getResponseBody();
            for (byte b : body) {
                write(out, new byte[] {b});
                if (closing.await(intervalMillis, TimeUnit.MILLISECONDS)) {
                    return;
                }
            }
        });
    }

    @Override
    public void streamEndless(Long declaredLength) {
        answer(exchange -> {
            // 0 makes the server use chunked encoding, i.e. a reply without a length
            exchange.sendResponseHeaders(200, declaredLength == null ? 0 : declaredLength);
            byte[] filler = new byte[64 * 1024];
            Arrays.fill(filler, (byte) 'x');
            OutputStream out = exchange.getResponseBody();
            while (closing.getCount() > 0) {
                write(out, filler);
            }
        });
    }

    @Override
    public void truncate(long declaredLength, String body) {
        answer(exchange -> {
            exchange.sendResponseHeaders(200, declaredLength);
            write(exchange.getResponseBody(), body.getBytes(StandardCharsets.UTF_8));
            // closing the exchange short of the declared length makes the server drop the connection
        });
    }

    @Override
    public List<byte[]> receivedBodies() {
        return List.copyOf(bodies);
    }

    @Override
    public long bytesWritten() {
        return bytesWritten.get();
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        handlers.shutdownNow();
    }

    private void write(OutputStream out, byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
        bytesWritten.addAndGet(bytes.length);
    }
}
