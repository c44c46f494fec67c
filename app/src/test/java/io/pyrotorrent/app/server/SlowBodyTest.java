package io.pyrotorrent.app.server;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import io.pyrotorrent.app.metrics.Metrics;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.slf4j.LoggerFactory;

/**
 * Bodies that trickle in must neither hold Jetty's 24 pool threads nor live forever. Measured
 * before the body gate: 20 connections sending a /login form at 1 byte/s made /health time out for
 * as long as they lasted, and each broken-off body logged an ERROR with a stack trace.
 */
class SlowBodyTest {

    private static final int TRICKLERS = 30;
    private static final Duration TRICKLE_FOR = Duration.ofSeconds(15);
    private static final Duration HEALTH_WITHIN = Duration.ofSeconds(2);

    @Test
    @Timeout(60)
    @DisplayName("30 bodies at 1 byte/s: /health answers within 2 s throughout, each body is cut off"
            + " with a 408 before 15 s, and nothing is logged as an ERROR")
    void tricklingBodies_doNotStarveThePool_andAreCutOffAtTheirDeadline() throws Exception {
        var log = new ListAppender<ILoggingEvent>();
        log.start();
        var root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        root.addAppender(log);
        var http = HttpClient.newBuilder().connectTimeout(HEALTH_WITHIN).build();
        var sockets = new ArrayList<Socket>();
        try (var server = HttpServer.start("127.0.0.1", 0, "/", new Metrics(), config -> {
            config.routes.post("/login", ctx -> ctx.result("hello " + ctx.formParam("user")));
            config.routes.get("/health", ctx -> ctx.result("ok"));
        })) {
            for (int i = 0; i < TRICKLERS; i++) {
                sockets.add(startTrickle(server.port()));
            }
            var answers = new ArrayList<String>();
            var trickler = new Thread(() -> trickle(sockets, answers), "trickler");
            trickler.start();
            long end = System.nanoTime() + TRICKLE_FOR.toNanos();
            int healthChecks = 0;
            while (System.nanoTime() < end && trickler.isAlive()) {
                long started = System.nanoTime();
                var health = http.send(
                        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health"))
                                .timeout(HEALTH_WITHIN)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
                long tookMs = Duration.ofNanos(System.nanoTime() - started).toMillis();
                assertThat(health.statusCode()).isEqualTo(200);
                assertThat(tookMs).as("/health took %d ms", tookMs).isLessThan(HEALTH_WITHIN.toMillis());
                healthChecks++;
                Thread.sleep(250); // the pace of the checks, not a wait for a result
            }
            trickler.join(TRICKLE_FOR.toMillis());

            assertThat(healthChecks).isGreaterThan(5);
            assertThat(answers).hasSize(TRICKLERS).allSatisfy(a -> assertThat(a).startsWith("HTTP/1.1 408"));
            assertThat(log.list)
                    .as("log lines at ERROR")
                    .noneMatch(e -> e.getLevel().isGreaterOrEqual(Level.ERROR));
            assertThat(log.list)
                    .filteredOn(e -> e.getFormattedMessage().contains("too slowly"))
                    .hasSize(TRICKLERS)
                    .allSatisfy(e -> assertThat(e.getThrowableProxy()).isNull());
        } finally {
            root.detachAppender(log);
            for (Socket socket : sockets) {
                socket.close();
            }
        }
    }

    private static Socket startTrickle(int port) throws IOException {
        var socket = new Socket(InetAddress.getLoopbackAddress(), port);
        socket.getOutputStream()
                .write(("POST /login HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 1000\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
        return socket;
    }

    /** One byte a second on every connection, until the server answers it (or 15 s pass). */
    private static void trickle(List<Socket> sockets, List<String> answers) {
        var open = new ArrayList<>(sockets);
        long end = System.nanoTime() + TRICKLE_FOR.toNanos();
        try {
            while (!open.isEmpty() && System.nanoTime() < end) {
                for (var it = open.iterator(); it.hasNext(); ) {
                    Socket socket = it.next();
                    String answer = answerIfAny(socket);
                    if (answer != null) {
                        synchronized (answers) {
                            answers.add(answer);
                        }
                        it.remove();
                        continue;
                    }
                    try {
                        OutputStream out = socket.getOutputStream();
                        out.write('u');
                        out.flush();
                    } catch (IOException closed) {
                        // answered and closed: read on the next round
                    }
                }
                Thread.sleep(1000); // the trickle's pace: 1 byte/s
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String answerIfAny(Socket socket) {
        try {
            InputStream in = socket.getInputStream();
            if (in.available() == 0) {
                return null;
            }
            byte[] head = in.readNBytes(Math.min(in.available(), 12));
            return new String(head, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            return "closed without an answer: " + e.getMessage();
        }
    }
}
