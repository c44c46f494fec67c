package io.pyrotorrent.adapter.rtorrent.codec.xmlrpc;

import static io.pyrotorrent.adapter.rtorrent.Failures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.adapter.rtorrent.transport.RoundTrip;
import io.pyrotorrent.adapter.rtorrent.transport.Transport;
import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.TorrentClientException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class XmlRpcCodecTest {

    private final List<RoundTrip> roundTrips = new CopyOnWriteArrayList<>();
    private final XmlRpcCodec codec = new XmlRpcCodec(TransportSettings.defaults(), roundTrips::add);

    private static byte[] bytes(String xml) {
        return xml.getBytes(StandardCharsets.UTF_8);
    }

    private static Transport answering(String xml) {
        return (body, contentType) -> bytes(xml);
    }

    @Test
    @DisplayName("Long goes out as bare <i8>, Integer as <i4>, byte[] as base64, strings escaped, no extensions")
    void encodesParametersTheWayRtorrentReadsThem() {
        String xml = new String(
                codec.encode("load.raw_start", "", new byte[] {1, 2, 3}, 42L, 7, "a<b&c"), StandardCharsets.UTF_8);

        assertThat(xml)
                .contains(
                        "<methodName>load.raw_start</methodName>",
                        "<value><i8>42</i8></value>",
                        "<value><i4>7</i4></value>",
                        "<value><base64>AQID</base64></value>",
                        "a&lt;b&amp;c");
        assertThat(xml).doesNotContain("ex:", "xmlns");
    }

    @Test
    @DisplayName("Long values nested in arrays and structs are bare <i8> too (system.multicall parameters)")
    void encodesNestedLongs() {
        Map<String, Object> call = Map.of("methodName", "d.priority.set", "params", new Object[] {"HASH", 3L});

        String xml = new String(codec.encode("system.multicall", (Object) new Object[] {call}), StandardCharsets.UTF_8);

        assertThat(xml).contains("<value><i8>3</i8></value>").doesNotContain("ex:");
    }

    @Test
    @DisplayName("a parameter XML-RPC cannot carry is a programming error, not a client failure")
    void refusesNullParameters() {
        assertThatThrownBy(() -> codec.encode("d.name", (Object) null))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Null values");
    }

    @Test
    @DisplayName("a fault decodes to Rejected with its code and string; -501 is rTorrent's NotFound")
    void faultIsRejected() {
        ClientFailure failure = failureOf(() -> codec.decode(bytes(Replies.fault(-501, "Could not find info-hash."))));
        ClientFailure other = failureOf(() -> codec.decode(bytes(Replies.fault(-503, "Could not find view."))));

        assertThat(failure).isEqualTo(new ClientFailure.NotFound(-501, "Could not find info-hash."));
        assertThat(other).isEqualTo(new ClientFailure.Rejected(-503, "Could not find view."));
    }

    @Test
    @DisplayName("a system.multicall reply mixing [value] entries and fault structs is data, not an exception")
    void multicallWithFaultEntriesIsData() {
        String reply = Replies.value("<array><data>"
                + "<value><array><data><value><i8>1</i8></value></data></array></value>"
                + "<value><struct><member><name>faultCode</name><value><i4>-506</i4></value></member>"
                + "<member><name>faultString</name><value><string>Method 'x' not defined</string></value>"
                + "</member></struct></value>"
                + "<value><array><data><value><string>ok</string></value></data></array></value>"
                + "</data></array>");

        Object[] entries = (Object[]) codec.decode(bytes(reply));

        assertThat((Object[]) entries[0]).containsExactly(1L);
        assertThat(entries[1]).isEqualTo(Map.of("faultCode", -506, "faultString", "Method 'x' not defined"));
        assertThat((Object[]) entries[2]).containsExactly("ok");
    }

    @Test
    @DisplayName("what is not an XML-RPC reply is a ProtocolError with a short detail")
    void garbageIsAProtocolError() {
        for (String reply : List.of(
                "",
                "not xml",
                "<html><body>502 Bad Gateway</body></html>",
                "<methodResponse></methodResponse>",
                Replies.value("<i8>twelve</i8>"),
                Replies.value("<unknowntype>1</unknowntype>"))) {
            ClientFailure failure = failureOf(() -> codec.decode(bytes(reply)));

            assertThat(failure).as(reply).isInstanceOf(ClientFailure.ProtocolError.class);
            assertThat(((ClientFailure.ProtocolError) failure).detail())
                    .as(reply)
                    .hasSizeLessThan(220);
        }
    }

    @Test
    @DisplayName("absurdly deep nesting is a ProtocolError, not a StackOverflowError")
    void deepNestingIsAProtocolError() {
        int depth = 50_000;
        String reply = Replies.value(
                "<array><data><value>".repeat(depth) + "<i8>1</i8>" + "</value></data></array>".repeat(depth));

        ClientFailure failure = failureOf(() -> codec.decode(bytes(reply)));

        assertThat(failure).isInstanceOf(ClientFailure.ProtocolError.class);
        assertThat(failure.message()).contains("nested deeper than");
    }

    @Test
    @DisplayName("a reply body over maxResponseBytes is refused before it is decoded")
    void oversizedReplyIsAProtocolError() {
        XmlRpcCodec small =
                new XmlRpcCodec(new TransportSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), 100, 1000));
        String reply = Replies.value("<string>" + "x".repeat(100) + "</string>");

        ClientFailure failure = failureOf(() -> small.decode(bytes(reply)));

        assertThat(failure).isInstanceOf(ClientFailure.ProtocolError.class);
        assertThat(failure.message()).contains("over the limit of 100 bytes");
    }

    @Test
    @DisplayName("a successful call is reported once, with the bytes sent and received")
    void reportsOneRoundTripPerCall() {
        String reply = Replies.value("<string>0.9.8</string>");
        int sent = codec.encode("system.client_version").length;

        Object version = codec.call(answering(reply), "system.client_version");

        assertThat(version).isEqualTo("0.9.8");
        assertThat(roundTrips).singleElement().satisfies(roundTrip -> {
            assertThat(roundTrip.bytesSent()).isEqualTo(sent);
            assertThat(roundTrip.bytesReceived()).isEqualTo(bytes(reply).length);
            assertThat(roundTrip.elapsed()).isPositive();
            assertThat(roundTrip.failure()).isEmpty();
        });
    }

    @Test
    @DisplayName("a fault and a transport failure are each reported once, with their failure")
    void reportsFailedRoundTrips() {
        ClientFailure unreachable = new ClientFailure.Unreachable("scgi://127.0.0.1:1");
        Transport refusing = (body, contentType) -> {
            throw new TorrentClientException(unreachable);
        };

        failureOf(() -> codec.call(answering(Replies.fault(-506, "Method 'x' not defined")), "x"));
        failureOf(() -> codec.call(refusing, "system.client_version"));

        assertThat(roundTrips)
                .extracting(RoundTrip::failure)
                .containsExactly(
                        java.util.Optional.of(new ClientFailure.Rejected(-506, "Method 'x' not defined")),
                        java.util.Optional.of(unreachable));
        assertThat(roundTrips.get(1).bytesReceived()).isZero();
    }

    @Test
    @DisplayName("a request over maxRequestBytes is refused as TooLarge before the transport is used, and not reported")
    void tooLargeRequestNeverReachesTheTransport() {
        XmlRpcCodec small = new XmlRpcCodec(
                new TransportSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), 1024 * 1024, 1000),
                roundTrips::add);
        AtomicInteger exchanges = new AtomicInteger();
        Transport counting = (body, contentType) -> {
            exchanges.incrementAndGet();
            return bytes(Replies.value("<i4>0</i4>"));
        };
        int size = small.encode("load.raw", "", new byte[2000]).length;

        ClientFailure failure = failureOf(() -> small.call(counting, "load.raw", "", new byte[2000]));

        assertThat(failure).isEqualTo(new ClientFailure.TooLarge("the request", size, 1000));
        assertThat(exchanges).hasValue(0);
        assertThat(roundTrips).isEmpty();
    }

    @Test
    @DisplayName("a listener that throws does not fail the call")
    void listenerFailureDoesNotFailTheCall() {
        XmlRpcCodec withBrokenListener = new XmlRpcCodec(TransportSettings.defaults(), roundTrip -> {
            throw new IllegalStateException("metrics are down");
        });

        Object result = withBrokenListener.call(answering(Replies.value("<i8>7</i8>")), "d.size_bytes", "HASH");

        assertThat(result).isEqualTo(7L);
    }
}
