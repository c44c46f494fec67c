package io.pyrotorrent.adapter.rtorrent.codec.jsonrpc;

import static io.pyrotorrent.adapter.rtorrent.Failures.failureOf;
import static io.pyrotorrent.adapter.rtorrent.codec.jsonrpc.JsonRpcCodecTest.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import io.pyrotorrent.domain.model.ClientFailure;
import java.time.Duration;
import java.util.Arrays;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed and hostile JSON replies: each is a short, clear ProtocolError, never anything else. */
class JsonReplyHostileTest {

    private final JsonRpcCodec codec = new JsonRpcCodec(TransportSettings.defaults());

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "{\"id\":0,\"result\":99999999999999999999}|an integer too large",
                "{\"id\":0,\"result\":1,\"result\":2}|Duplicate field 'result'",
                "{\"id\":0,\"result\":{\"a\":1,\"a\":2}}|Duplicate field 'a'",
                "{\"id\":0}|exactly one of result and error",
                "{\"id\":0,\"result\":1,\"error\":{\"code\":1}}|exactly one of result and error",
                "{\"id\":0,\"error\":{\"message\":\"no code\"}}|an error without a numeric code",
                "{\"id\":0,\"result\":1} trailing|Unrecognized token 'trailing'",
                "{\"id\":0,\"result\":1}{}|bytes after the end of the reply",
                "[1]|expected a JSON-RPC response object",
                "<?xml version=\"1.0\"?><methodResponse/>|Unexpected character ('<'",
                "<html><body>502 Bad Gateway</body></html>|Unexpected character ('<'",
                "{\"id\":0,\"result\":NaN}|Non-standard token 'NaN'",
                "{\"id\":0,\"result\":'single'}|Unexpected character",
                "{\"id\":0,\"result\":\"a\\u0000b\"|end-of-input",
                "|expected a JSON-RPC response object",
            })
    void malformedRepliesAreProtocolErrors(String reply, String reason) {
        ClientFailure failure = failureOf(() -> codec.decode(bytes(reply == null ? "" : reply)));

        assertThat(failure).isInstanceOf(ClientFailure.ProtocolError.class);
        assertThat(failure.message()).contains("not a valid JSON-RPC reply").contains(reason);
    }

    @Test
    @DisplayName("nesting deeper than the limit is refused, however deep it goes")
    @Timeout(5)
    void deepNestingIsRefused() {
        String deep = "{\"id\":0,\"result\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";

        ClientFailure failure = failureOf(() -> codec.decode(bytes(deep)));

        assertThat(failure).isInstanceOf(ClientFailure.ProtocolError.class);
        assertThat(failure.message()).contains("nesting depth");
    }

    @Test
    @DisplayName("a number of a million digits is refused before it is parsed")
    @Timeout(5)
    void hugeNumbersAreRefused() {
        String huge = "{\"id\":0,\"result\":" + "9".repeat(1_000_000) + "}";
        String hugeFloat = "{\"id\":0,\"result\":0." + "1".repeat(1_000_000) + "}";

        assertThat(failureOf(() -> codec.decode(bytes(huge))).message()).contains("Number value length");
        assertThat(failureOf(() -> codec.decode(bytes(hugeFloat))).message()).contains("Number value length");
    }

    @Test
    @DisplayName("a string over the string limit is refused")
    void hugeStringsAreRefused() {
        String huge = "{\"id\":0,\"result\":\"" + "x".repeat(JsonRpcCodec.MAX_STRING + 1) + "\"}";

        assertThat(failureOf(() -> codec.decode(bytes(huge))).message()).contains("String value length");
    }

    @Test
    @DisplayName("a document over maxResponseBytes is refused")
    void oversizedDocumentsAreRefused() {
        JsonRpcCodec small =
                new JsonRpcCodec(new TransportSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), 1000, 1000));

        ClientFailure failure =
                failureOf(() -> small.decode(bytes("{\"id\":0,\"result\":\"" + "x".repeat(2000) + "\"}")));

        assertThat(failure).isInstanceOf(ClientFailure.ProtocolError.class);
        assertThat(failure.message()).contains("over the limit of 1000 bytes");
    }

    @Test
    @DisplayName("bytes that are not UTF-8 are refused, not replaced")
    void invalidUtf8IsRefused() {
        byte[] good = bytes("{\"id\":0,\"result\":\"caf\u00e9\"}");
        byte[] bad = Arrays.copyOf(good, good.length);
        bad[bad.length - 4] = (byte) 0xff;
        byte[] cutSequence = Arrays.copyOf(good, good.length);
        cutSequence[cutSequence.length - 3] = (byte) '"';

        assertThat(codec.decode(good)).isEqualTo("caf\u00e9");
        assertThat(failureOf(() -> codec.decode(bad)).message()).contains("Invalid UTF-8");
        assertThat(failureOf(() -> codec.decode(cutSequence)).message()).contains("Invalid UTF-8");
    }

    @Test
    @DisplayName("a reply cut at any byte is a ProtocolError, never a value or a crash")
    void truncationAtEveryByteIsAProtocolError() {
        byte[] whole = bytes(
                "[{\"id\":0,\"jsonrpc\":\"2.0\",\"result\":[[\"AB\u00e9\",123,[\"a\",\"b\"],{\"k\":-1.5e3}]]},"
                        + "{\"error\":{\"code\":-32602,\"message\":\"invalid parameters: info-hash not found\"},\"id\":1}]");
        assertThat(codec.decodeBatch(whole, 2)).hasSize(2);

        for (int length = 0; length < whole.length; length++) {
            byte[] cut = Arrays.copyOf(whole, length);
            ClientFailure failure = failureOf(() -> codec.decodeBatch(cut, 2));
            assertThat(failure).as("cut at %d", length).isInstanceOf(ClientFailure.ProtocolError.class);
        }
    }

    @Test
    @DisplayName("a batch reply with a missing, repeated or foreign id is refused")
    void batchIdsMustMatch() {
        String one = "{\"id\":0,\"result\":1}";

        assertThat(failureOf(() -> codec.decodeBatch(bytes("[" + one + "]"), 2)).message())
                .contains("1 responses for 2 calls");
        assertThat(failureOf(() -> codec.decodeBatch(bytes("[" + one + "," + one + "]"), 2))
                        .message())
                .contains("repeated id 0");
        assertThat(failureOf(() -> codec.decodeBatch(bytes("[{\"id\":7,\"result\":1}]"), 1))
                        .message())
                .contains("unknown or repeated id 7");
    }
}
