package io.pyrotorrent.adapter.rtorrent.transport;

import static io.pyrotorrent.adapter.rtorrent.Failures.failureOf;
import static io.pyrotorrent.adapter.rtorrent.Failures.timedFailureOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.rtorrent.Failures;
import io.pyrotorrent.adapter.rtorrent.codec.xmlrpc.Replies;
import io.pyrotorrent.adapter.rtorrent.codec.xmlrpc.XmlRpcCodec;
import io.pyrotorrent.domain.model.ClientFailure;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link Transport} must do, run against a fake rTorrent for each transport kind:
 * deliver a call, and turn each way a server can misbehave into a distinct failure.
 */
abstract class TransportContractTest {

    static final Duration SHORT = Duration.ofMillis(300);
    /** Generous slack over a deadline for a busy build machine; a missed deadline means seconds. */
    static final Duration MARGIN = Duration.ofMillis(1500);

    static final long ONE_MIB = 1024 * 1024;
    static final TransportSettings STRICT =
            new TransportSettings(SHORT, SHORT, ONE_MIB, TransportSettings.DEFAULT_MAX_REQUEST_BYTES);

    @TempDir
    Path tempDir;

    FakeRtorrent server;
    final XmlRpcCodec codec = new XmlRpcCodec(TransportSettings.defaults(), RoundTripListener.NONE);

    abstract FakeRtorrent startServer(Path directory) throws IOException;

    /** A URL of this transport's kind where nothing listens. */
    abstract URI urlNobodyListensOn(Path directory) throws IOException;

    @BeforeEach
    void startServer() throws IOException {
        server = startServer(tempDir);
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    Transport transport(TransportSettings settings) {
        return Transports.forUrl(server.url(), settings);
    }

    static byte[] someRequest() {
        return new XmlRpcCodec(TransportSettings.defaults(), RoundTripListener.NONE).encode("system.client_version");
    }

    @Test
    @DisplayName("a call goes out with Long as <i8>, and a reply with bare <i8>, arrays, structs and base64 decodes")
    void roundTripsACall() {
        server.answerXml(Replies.torrentRows());
        Transport transport = transport(TransportSettings.defaults());

        Object result = codec.call(transport, "d.multicall2", "", "main", "d.hash=", 42L, 7);

        String sent = new String(server.receivedBodies().get(0), StandardCharsets.UTF_8);
        assertThat(sent)
                .contains(
                        "<methodName>d.multicall2</methodName>",
                        "<value><i8>42</i8></value>",
                        "<value><i4>7</i4></value>",
                        "<value>main</value>");
        Object[] rows = (Object[]) result;
        Object[] first = (Object[]) rows[0];
        assertThat(first[0]).isEqualTo("0123456789ABCDEF0123456789ABCDEF01234567");
        assertThat(first[1]).isEqualTo("Ubuntu & friends");
        assertThat(first[2]).isEqualTo(5_000_000_000L);
        assertThat((Object[]) first[3]).containsExactly("dir", "file.iso");
        assertThat(first[4]).isEqualTo(Map.of("label", "linux", "ratio", 1500L));
        assertThat((byte[]) first[5]).containsExactly(1, 2, 3);
        assertThat((Object[]) rows[1]).containsExactly("untyped text", 0);
    }

    @Test
    @DisplayName("a server that accepts and never answers hits the whole-call deadline: TimedOut")
    void stallingServerTimesOut() {
        server.stall();

        Failures.Timed outcome = timedFailureOf(() -> transport(STRICT).exchange(someRequest()));

        assertThat(outcome.failure()).isEqualTo(new ClientFailure.TimedOut(SHORT));
        assertThat(outcome.elapsed()).isBetween(SHORT.minusMillis(10), SHORT.plus(MARGIN));
    }

    @Test
    @DisplayName("an interrupted caller gives up at once with TimedOut and keeps its interrupt flag")
    void interruptedCallerGivesUpAtOnce() {
        server.stall();
        Transport transport = transport(TransportSettings.defaults());

        Thread.currentThread().interrupt();
        Failures.Timed outcome = timedFailureOf(() -> transport.exchange(someRequest()));
        boolean stillInterrupted = Thread.interrupted();

        assertThat(outcome.failure()).isInstanceOf(ClientFailure.TimedOut.class);
        assertThat(outcome.elapsed()).isLessThan(MARGIN);
        assertThat(stillInterrupted).isTrue();
    }

    @Test
    @DisplayName("a server trickling one byte every 100 ms cannot stretch the whole-call deadline")
    void tricklingServerTimesOut() {
        // A second, not SHORT: on a busy 2-core machine the fake server's thread sometimes wrote
        // nothing within 300 ms, and then the test proved nothing about trickling.
        Duration deadline = Duration.ofSeconds(1);
        var settings = new TransportSettings(deadline, deadline, ONE_MIB, TransportSettings.DEFAULT_MAX_REQUEST_BYTES);
        server.trickle(Replies.torrentRows(), 100);

        Failures.Timed outcome = timedFailureOf(() -> transport(settings).exchange(someRequest()));

        assertThat(outcome.failure()).isEqualTo(new ClientFailure.TimedOut(deadline));
        assertThat(outcome.elapsed()).isBetween(deadline.minusMillis(10), deadline.plus(MARGIN));
        assertThat(server.bytesWritten()).isGreaterThan(0);
    }

    @Test
    @Timeout(20)
    @DisplayName("a reply declaring 200 MB is refused from its head, before its body is read")
    void declaredOversizeIsRefusedUpFront() {
        server.streamEndless(200_000_000L);

        ClientFailure failure = failureOf(() -> transport(STRICT).exchange(someRequest()));

        assertThat(failure).isInstanceOf(ClientFailure.ProtocolError.class);
        assertThat(failure.message()).contains("declares 200000000 bytes", "limit of " + ONE_MIB);
        assertThat(server.bytesWritten()).isLessThan(64 * ONE_MIB);
    }

    @Test
    @Timeout(20)
    @DisplayName("an endless reply without a length is refused once it passes the limit, not buffered whole")
    void undeclaredOversizeIsRefusedAtTheLimit() {
        server.streamEndless(null);

        ClientFailure failure = failureOf(() -> transport(STRICT).exchange(someRequest()));

        assertThat(failure).isInstanceOf(ClientFailure.ProtocolError.class);
        assertThat(failure.message()).contains("over the limit of " + ONE_MIB);
        assertThat(server.bytesWritten()).isLessThan(64 * ONE_MIB);
    }

    @Test
    @Timeout(20)
    @DisplayName("a refused endless reply gives back all the reply memory it held")
    void refusedReplyReleasesItsMemory() {
        server.streamEndless(null);

        failureOf(() -> transport(STRICT).exchange(someRequest()));

        // The HTTP client may finish its side on its own thread just after the caller gave up.
        long deadline = System.nanoTime() + MARGIN.toNanos();
        while (ReplyMemory.SHARED.held() != 0 && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(ReplyMemory.SHARED.held()).isZero();
    }

    @Test
    @Timeout(30)
    @DisplayName("with the default 64 MiB limit, a 100 MB+ reply stream is refused")
    void defaultLimitRefusesAHundredMegabyteStream() {
        server.streamEndless(null);

        ClientFailure failure =
                failureOf(() -> transport(TransportSettings.defaults()).exchange(someRequest()));

        assertThat(failure).isInstanceOf(ClientFailure.ProtocolError.class);
        assertThat(failure.message()).contains("over the limit of " + TransportSettings.DEFAULT_MAX_RESPONSE_BYTES);
        assertThat(server.bytesWritten()).isLessThan(100_000_000L);
    }

    @Test
    @DisplayName("with the default limit, a reply declaring 150 MB is refused from its head")
    void defaultLimitRefusesADeclaredHundredFiftyMegabytes() {
        server.streamEndless(150_000_000L);

        ClientFailure failure =
                failureOf(() -> transport(TransportSettings.defaults()).exchange(someRequest()));

        assertThat(failure).isInstanceOf(ClientFailure.ProtocolError.class);
        assertThat(failure.message()).contains("declares 150000000 bytes");
    }

    @Test
    @DisplayName("a reply shorter than its declared length, then closed, is a truncated ProtocolError")
    void truncatedReplyIsAProtocolError() {
        server.truncate(1000, "<?xml version=\"1.0\"?><methodResponse>");

        ClientFailure failure = failureOf(() -> transport(STRICT).exchange(someRequest()));

        assertThat(failure).isInstanceOf(ClientFailure.ProtocolError.class);
        assertThat(failure.message()).contains("truncated");
    }

    @Test
    @DisplayName("nobody listening is Unreachable, naming the URL")
    void nobodyListeningIsUnreachable() throws IOException {
        URI nowhere = urlNobodyListensOn(tempDir);

        ClientFailure failure =
                failureOf(() -> Transports.forUrl(nowhere, STRICT).exchange(someRequest()));

        assertThat(failure).isInstanceOf(ClientFailure.Unreachable.class);
        assertThat(((ClientFailure.Unreachable) failure).detail()).contains(nowhere.toString());
    }
}
