package io.pyrotorrent.adapter.rtorrent.transport;

import static io.pyrotorrent.adapter.rtorrent.Failures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.rtorrent.codec.xmlrpc.Replies;
import io.pyrotorrent.domain.model.ClientFailure;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The SCGI wire itself, on top of the transport contract; run over TCP and a unix socket. */
abstract class ScgiTransportTest extends TransportContractTest {

    FakeScgiServer scgi() {
        return (FakeScgiServer) server;
    }

    @Override
    abstract FakeScgiServer startServer(Path directory) throws IOException;

    @Test
    @DisplayName("the request is a netstring of NUL-terminated pairs, CONTENT_LENGTH first, then ',' and the body")
    void framesTheRequestAsScgi() {
        server.answerXml(Replies.value("<i8>1</i8>"));
        byte[] body = someRequest();

        byte[] reply = transport(STRICT).exchange(body);

        FakeScgiServer.Request request = scgi().requests().get(0);
        String pairs = "CONTENT_LENGTH\0" + body.length + "\0SCGI\0" + "1\0REQUEST_METHOD\0POST\0REQUEST_URI\0/RPC2\0";
        assertThat(request.netstring()).isEqualTo(pairs.length() + ":" + pairs + ",");
        assertThat(request.body()).isEqualTo(body);
        assertThat(new String(reply, StandardCharsets.UTF_8)).isEqualTo(Replies.value("<i8>1</i8>"));
    }

    @Test
    @DisplayName("a JSON-RPC body is announced with the header CONTENT_TYPE application/json, after the fixed pairs")
    void announcesJsonWithContentType() {
        scgi().answerRaw("Status: 200 OK\r\nContent-Type: application/json\r\n\r\n{\"id\":0,\"result\":1}");
        byte[] body = "{\"jsonrpc\":\"2.0\"}".getBytes(StandardCharsets.UTF_8);

        transport(STRICT).exchange(body, "application/json");

        FakeScgiServer.Request request = scgi().requests().get(0);
        assertThat(request.headers()).containsEntry("CONTENT_TYPE", "application/json");
        String pairs = "CONTENT_LENGTH\0" + body.length + "\0SCGI\0" + "1\0REQUEST_METHOD\0POST\0REQUEST_URI\0/RPC2\0"
                + "CONTENT_TYPE\0application/json\0";
        assertThat(request.netstring()).isEqualTo(pairs.length() + ":" + pairs + ",");
        assertThat(request.body()).isEqualTo(body);
    }

    @Test
    @DisplayName("a reply without Content-Length is read to the end of the stream")
    void readsAReplyWithoutLengthToTheEnd() {
        String xml = Replies.value("<string>no length</string>");
        scgi().answerRaw("Status: 200 OK\r\nContent-Type: text/xml\r\n\r\n" + xml);

        byte[] reply = transport(STRICT).exchange(someRequest());

        assertThat(new String(reply, StandardCharsets.UTF_8)).isEqualTo(xml);
    }

    @Test
    @DisplayName("a Status other than 200 is a ProtocolError quoting the status line")
    void nonOkStatusIsAProtocolError() {
        scgi().answerRaw("Status: 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n");

        ClientFailure failure = failureOf(() -> transport(STRICT).exchange(someRequest()));

        assertThat(failure).isInstanceOf(ClientFailure.ProtocolError.class);
        assertThat(failure.message()).contains("Status: 500 Internal Server Error");
    }

    @Test
    @DisplayName("a reply that ends before its headers do is a truncated ProtocolError")
    void replyWithoutHeaderTerminatorIsTruncated() {
        scgi().answerRaw("Status: 200 OK\r\nContent-Type: text/xml\r\n");

        ClientFailure failure = failureOf(() -> transport(STRICT).exchange(someRequest()));

        assertThat(failure).isInstanceOf(ClientFailure.ProtocolError.class);
        assertThat(failure.message()).contains("truncated", "before the end of the headers");
    }

    @Test
    @DisplayName("endless headers are refused after 8 KiB")
    void endlessHeadersAreRefused() {
        scgi().answerRaw("X-Filler: " + "y".repeat(20_000));

        ClientFailure failure = failureOf(() -> transport(STRICT).exchange(someRequest()));

        assertThat(failure).isInstanceOf(ClientFailure.ProtocolError.class);
        assertThat(failure.message()).contains("no end of headers");
    }

    @Test
    @DisplayName("a connection closed without any reply (rTorrent's answer to an oversized body) is a ProtocolError")
    void closedWithoutAnswerIsAProtocolError() {
        scgi().answerRaw("");

        ClientFailure failure = failureOf(() -> transport(STRICT).exchange(someRequest()));

        assertThat(failure).isInstanceOf(ClientFailure.ProtocolError.class);
        assertThat(failure.message()).contains("closed the connection without answering");
    }

    @Test
    @DisplayName("a malformed Content-Length is a ProtocolError")
    void malformedContentLengthIsAProtocolError() {
        scgi().answerRaw("Status: 200 OK\r\nContent-Length: lots\r\n\r\n<xml/>");

        ClientFailure failure = failureOf(() -> transport(STRICT).exchange(someRequest()));

        assertThat(failure.message()).contains("invalid Content-Length 'lots'");
    }
}
