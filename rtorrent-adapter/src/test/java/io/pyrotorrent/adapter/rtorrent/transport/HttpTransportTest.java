package io.pyrotorrent.adapter.rtorrent.transport;

import static io.pyrotorrent.adapter.rtorrent.Failures.failureOf;
import static io.pyrotorrent.adapter.rtorrent.Failures.timedFailureOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.pyrotorrent.adapter.rtorrent.Failures;
import io.pyrotorrent.domain.model.ClientFailure;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HttpTransportTest extends TransportContractTest {

    @Override
    FakeRtorrent startServer(Path directory) throws IOException {
        return new FakeHttpServer();
    }

    @Override
    URI urlNobodyListensOn(Path directory) throws IOException {
        return URI.create("http://127.0.0.1:" + ScgiOverTcpTest.ClosedPort.find() + "/RPC2");
    }

    @ParameterizedTest
    @ValueSource(ints = {404, 500, 502})
    @DisplayName("a status other than 2xx is a ProtocolError naming the status")
    void nonSuccessStatusIsAProtocolError(int status) {
        ((FakeHttpServer) server).answerStatus(status);

        ClientFailure failure = failureOf(() -> transport(STRICT).exchange(someRequest()));

        assertThat(failure).isInstanceOf(ClientFailure.ProtocolError.class);
        assertThat(failure.message())
                .contains("HTTP status " + status, server.url().toString());
    }

    @Test
    @DisplayName("a JSON-RPC body is a POST of application/json, which the web server passes on as CONTENT_TYPE")
    void postsJsonAsJson() {
        FakeHttpServer http = (FakeHttpServer) server;
        String[] seen = new String[1];
        http.answer(exchange -> {
            seen[0] = exchange.getRequestHeaders().getFirst("Content-Type");
            exchange.sendResponseHeaders(200, -1);
        });

        transport(STRICT).exchange("{}".getBytes(StandardCharsets.UTF_8), "application/json");

        assertThat(seen).containsExactly("application/json");
    }

    @Test
    @DisplayName("the request is a POST of text/xml carrying the body")
    void postsTheBodyAsXml() {
        FakeHttpServer http = (FakeHttpServer) server;
        String[] seen = new String[2];
        http.answer(exchange -> {
            seen[0] = exchange.getRequestMethod();
            seen[1] = exchange.getRequestHeaders().getFirst("Content-Type");
            exchange.sendResponseHeaders(200, -1);
        });
        byte[] body = someRequest();

        transport(STRICT).exchange(body);

        assertThat(seen).containsExactly("POST", "text/xml");
        assertThat(server.receivedBodies()).singleElement().isEqualTo(body);
    }

    @Test
    @DisplayName("a connect that never completes hits the connect timeout: TimedOut")
    void unansweredConnectTimesOut() throws IOException {
        try (ScgiOverTcpTest.FullBacklog full = ScgiOverTcpTest.FullBacklog.open()) {
            assumeTrue(full.dropsNewConnections(), "this OS does not stall connects to a full backlog");
            URI url = URI.create("http://127.0.0.1:" + full.port() + "/RPC2");

            Failures.Timed outcome =
                    timedFailureOf(() -> Transports.forUrl(url, STRICT).exchange(someRequest()));

            assertThat(outcome.failure()).isEqualTo(new ClientFailure.TimedOut(SHORT));
            assertThat(outcome.elapsed()).isBetween(SHORT.minusMillis(10), SHORT.plus(MARGIN));
        }
    }
}
