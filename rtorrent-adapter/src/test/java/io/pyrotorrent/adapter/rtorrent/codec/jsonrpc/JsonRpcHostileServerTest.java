package io.pyrotorrent.adapter.rtorrent.codec.jsonrpc;

import static io.pyrotorrent.adapter.rtorrent.Failures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.rtorrent.codec.RpcExchange;
import io.pyrotorrent.adapter.rtorrent.transport.FakeScgiServer;
import io.pyrotorrent.adapter.rtorrent.transport.RoundTripListener;
import io.pyrotorrent.adapter.rtorrent.transport.Transport;
import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import io.pyrotorrent.adapter.rtorrent.transport.Transports;
import io.pyrotorrent.domain.model.ClientFailure;
import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A server that stalls or never stops answering a JSON-RPC call: that call fails, the next works. */
class JsonRpcHostileServerTest {

    private static final TransportSettings STRICT =
            new TransportSettings(Duration.ofSeconds(1), Duration.ofMillis(500), 1024 * 1024, 64 * 1024);

    private final JsonRpcCodec codec = new JsonRpcCodec(STRICT);
    private final RpcExchange exchange = new RpcExchange(STRICT, RoundTripListener.NONE);
    private FakeScgiServer server;
    private Transport transport;

    @BeforeEach
    void start() throws IOException {
        server = FakeScgiServer.tcp();
        transport = Transports.forUrl(server.url(), STRICT);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Object call() {
        return exchange.call(transport, codec.contentType(), codec.encode("system.client_version", ""), codec::decode);
    }

    @Test
    @DisplayName("a server that never answers is TimedOut at the deadline, and the next call works")
    @Timeout(5)
    void stallTimesOut() {
        server.stall();

        ClientFailure failure = failureOf(this::call);
        server.answerXml("{\"id\":0,\"jsonrpc\":\"2.0\",\"result\":\"0.16.17\"}");

        assertThat(failure).isInstanceOf(ClientFailure.TimedOut.class);
        assertThat(call()).isEqualTo("0.16.17");
    }

    @Test
    @DisplayName("an endless reply stops at maxResponseBytes as a ProtocolError, and the next call works")
    @Timeout(5)
    void endlessReplyIsCut() {
        server.streamEndless(null);

        ClientFailure failure = failureOf(this::call);
        server.answerXml("{\"id\":0,\"jsonrpc\":\"2.0\",\"result\":\"0.16.17\"}");

        assertThat(failure).isInstanceOf(ClientFailure.ProtocolError.class);
        assertThat(failure.message()).contains("1048576");
        assertThat(call()).isEqualTo("0.16.17");
    }
}
