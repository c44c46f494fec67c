package io.pyrotorrent.adapter.rtorrent.transport;

import static io.pyrotorrent.adapter.rtorrent.Failures.timedFailureOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pyrotorrent.adapter.rtorrent.Failures;
import io.pyrotorrent.domain.model.ClientFailure;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ScgiOverTcpTest extends ScgiTransportTest {

    @Override
    FakeScgiServer startServer(Path directory) throws IOException {
        return FakeScgiServer.tcp();
    }

    @Override
    URI urlNobodyListensOn(Path directory) throws IOException {
        return URI.create("scgi://127.0.0.1:" + ClosedPort.find());
    }

    @Test
    @DisplayName("a connect that never completes hits the connect timeout: TimedOut")
    void unansweredConnectTimesOut() throws IOException {
        try (FullBacklog full = FullBacklog.open()) {
            assumeTrue(full.dropsNewConnections(), "this OS does not stall connects to a full backlog");
            URI url = URI.create("scgi://127.0.0.1:" + full.port());

            Failures.Timed outcome =
                    timedFailureOf(() -> Transports.forUrl(url, STRICT).exchange(someRequest()));

            assertThat(outcome.failure()).isEqualTo(new ClientFailure.TimedOut(SHORT));
            assertThat(outcome.elapsed()).isBetween(SHORT.minusMillis(10), SHORT.plus(MARGIN));
        }
    }

    @Test
    @DisplayName("a connection reset mid-reply (rTorrent killed while answering) is Unreachable, not a ProtocolError")
    void resetMidReplyIsUnreachable() throws Exception {
        try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            Thread resetter = new Thread(
                    () -> {
                        try (Socket socket = listener.accept()) {
                            socket.getInputStream().read(new byte[64]);
                            socket.getOutputStream()
                                    .write(FakeScgiServer.head(1000)
                                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                            socket.getOutputStream()
                                    .write("<?xml version".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
                            socket.getOutputStream().flush();
                            socket.setSoLinger(true, 0);
                        } catch (IOException e) {
                            // the client's side is what the test looks at
                        }
                    },
                    "resetting-scgi");
            resetter.start();
            URI url = URI.create("scgi://127.0.0.1:" + listener.getLocalPort());

            ClientFailure failure =
                    Failures.failureOf(() -> Transports.forUrl(url, STRICT).exchange(someRequest()));

            resetter.join(5_000);
            assertThat(failure).isInstanceOf(ClientFailure.Unreachable.class);
            assertThat(failure.message()).contains(url.toString(), "connection lost");
        }
    }

    /** A port that was just free: bound, then closed, so a connect is refused. */
    static final class ClosedPort {
        static int find() throws IOException {
            try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
                return socket.getLocalPort();
            }
        }
    }

    /**
     * A listener that never accepts, with its accept queue filled: Linux then drops new SYNs, so a
     * connect neither succeeds nor fails until the client gives up, deterministically on loopback.
     */
    static final class FullBacklog implements AutoCloseable {
        private final ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        private final List<Socket> fillers = new ArrayList<>();
        private boolean full;

        static FullBacklog open() throws IOException {
            FullBacklog backlog = new FullBacklog();
            backlog.fill();
            return backlog;
        }

        private FullBacklog() throws IOException {}

        private void fill() throws IOException {
            while (!full && fillers.size() < 64) {
                Socket socket = new Socket();
                try {
                    socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port()), 200);
                    fillers.add(socket);
                } catch (SocketTimeoutException e) {
                    socket.close();
                    full = true;
                }
            }
        }

        boolean dropsNewConnections() {
            return full;
        }

        int port() {
            return listener.getLocalPort();
        }

        @Override
        public void close() throws IOException {
            for (Socket socket : fillers) {
                socket.close();
            }
            listener.close();
        }
    }
}
