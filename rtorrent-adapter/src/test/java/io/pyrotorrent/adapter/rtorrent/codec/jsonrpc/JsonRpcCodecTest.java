package io.pyrotorrent.adapter.rtorrent.codec.jsonrpc;

import static io.pyrotorrent.adapter.rtorrent.Failures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.adapter.rtorrent.plan.Call;
import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import io.pyrotorrent.domain.model.ClientFailure;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** JSON-RPC 2.0 as rTorrent 0.16.17 speaks it (replies copied from a real one). */
class JsonRpcCodecTest {

    private final JsonRpcCodec codec = new JsonRpcCodec(TransportSettings.defaults());

    @Test
    @DisplayName("one call is a JSON-RPC 2.0 object with the params in order and their types kept")
    void encodesOneCall() {
        String body = text(codec.encode("d.priority.set", "ABC", 3, 5L));

        assertThat(body)
                .isEqualTo("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"d.priority.set\",\"params\":[\"ABC\",3,5]}");
    }

    @Test
    @DisplayName("a batch is an array of calls numbered by their position")
    void encodesABatch() {
        String body = text(codec.encodeBatch(List.of(new Call("system.pid", ""), new Call("d.name", "H"))));

        assertThat(body)
                .isEqualTo("[{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"system.pid\",\"params\":[\"\"]},"
                        + "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"d.name\",\"params\":[\"H\"]}]");
    }

    @Test
    @DisplayName("bytes have no JSON type: such a call is not carried, and encoding it says why")
    void refusesBytes() {
        Call raw = new Call("load.raw", "", new byte[] {1, 2});

        assertThat(codec.carries(raw)).isFalse();
        assertThat(codec.carries(new Call("load.normal", "", "magnet:?xt=x"))).isTrue();
        assertThatThrownBy(() -> codec.encodeBatch(List.of(raw)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("load.raw")
                .hasMessageContaining("byte[]");
    }

    @Test
    @DisplayName("a result decodes like XML-RPC: integers as Long, lists as Object[]")
    void decodesAResult() {
        Object value =
                codec.decode(bytes("{\"id\":0,\"jsonrpc\":\"2.0\",\"result\":[[\"AB\",1234567890123,0.5,true,null]]}"));

        assertThat(value).isEqualTo(new Object[] {new Object[] {"AB", 1234567890123L, 0.5, true, null}});
    }

    @Test
    @DisplayName("an unknown hash (-32602 'info-hash not found') is NotFound, like XML-RPC's -501")
    void unknownHashIsNotFound() {
        ClientFailure failure = failureOf(
                () -> codec.decode(
                        bytes(
                                "{\"error\":{\"code\":-32602,\"message\":\"invalid parameters: info-hash not found\"},\"id\":0,\"jsonrpc\":\"2.0\"}")));

        assertThat(failure).isInstanceOf(ClientFailure.NotFound.class);
        assertThat(failure.message()).contains("-32602", "info-hash not found");
    }

    @Test
    @DisplayName("an unknown view (-32602 'Could not find view.') is Rejected, as with XML-RPC")
    void unknownViewIsRejected() {
        ClientFailure failure = failureOf(() -> codec.decode(bytes(
                "{\"error\":{\"code\":-32602,\"message\":\"Could not find view.\"},\"id\":0,\"jsonrpc\":\"2.0\"}")));

        assertThat(failure).isInstanceOf(ClientFailure.Rejected.class);
    }

    @Test
    @DisplayName("a batch reply becomes system.multicall entries, placed by id whatever the order")
    void decodesABatchByIds() {
        String reply =
                "[{\"error\":{\"code\":-32601,\"message\":\"method not found: nope.x\"},\"id\":1,\"jsonrpc\":\"2.0\"},"
                        + "{\"id\":0,\"jsonrpc\":\"2.0\",\"result\":\"0.16.17\"}]";

        Object[] entries = codec.decodeBatch(bytes(reply), 2);

        assertThat(entries[0]).isEqualTo(new Object[] {"0.16.17"});
        assertThat(entries[1]).isEqualTo(Map.of("faultCode", -32601, "faultString", "method not found: nope.x"));
    }

    @Test
    @DisplayName("a batch refused whole (one error object) fails the call with rTorrent's reason")
    void aBatchRefusedWholeIsRejected() {
        ClientFailure failure = failureOf(() -> codec.decodeBatch(
                bytes(
                        "{\"error\":{\"code\":-32600,\"message\":\"invalid request: empty batch\"},\"id\":null,\"jsonrpc\":\"2.0\"}"),
                1));

        assertThat(failure).isInstanceOf(ClientFailure.Rejected.class);
        assertThat(failure.message()).contains("empty batch");
    }

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String text(byte[] body) {
        return new String(body, StandardCharsets.UTF_8);
    }
}
