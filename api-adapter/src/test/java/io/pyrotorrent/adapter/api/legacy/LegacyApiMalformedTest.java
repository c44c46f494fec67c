package io.pyrotorrent.adapter.api.legacy;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.api.TestApi;
import io.pyrotorrent.adapter.api.http.RequestBody;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A malformed request is refused whole with a 400 naming the spot, and the server stays up. */
class LegacyApiMalformedTest {

    private TestApi api;

    @BeforeEach
    void start() {
        api = TestApi.start();
    }

    @AfterEach
    void stopAfterCheckingTheServerStillAnswers() {
        assertThat(api.legacy(
                                "[{\"type\": \"rtorrent\", \"target\": \"alpha\", \"attributes\": [[\"get_hostname\", []]]}]")
                        .status())
                .isEqualTo(200);
        api.close();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "not json                 | {\"type\": | not valid JSON",
                "an object, not an array  | {\"type\": \"rtorrent\"} | expected a JSON array",
                "an element not an object | [42] | request[0]: expected an object",
                "missing type             | [{\"target\": \"alpha\", \"attributes\": []}] | request[0].type: required",
                "missing target           | [{\"type\": \"rtorrent\", \"attributes\": []}] | request[0].target: required",
                "missing attributes       | [{\"type\": \"rtorrent\", \"target\": \"alpha\"}] | request[0].attributes: expected an array",
                "type not a string        | [{\"type\": 1, \"target\": \"alpha\", \"attributes\": []}] | request[0].type: expected a string",
                "attribute not a pair     | [{\"type\": \"rtorrent\", \"target\": \"alpha\", \"attributes\": [\"get_hostname\"]}] | request[0].attributes[0]: expected [name, [arguments]]",
                "arguments not an array   | [{\"type\": \"rtorrent\", \"target\": \"alpha\", \"attributes\": [[\"get_hostname\", 1]]}] | expected [name, [arguments]]",
                "nested arguments         | [{\"type\": \"rtorrent\", \"target\": \"alpha\", \"attributes\": [[\"get_hostname\", [[1]]]]}] | arguments are strings or numbers",
                "unknown element key      | [{\"type\": \"rtorrent\", \"target\": \"alpha\", \"attributes\": [], \"x\": 1}] | unknown key 'x'",
                "duplicate key            | [{\"type\": \"rtorrent\", \"type\": \"torrent\", \"target\": \"a\", \"attributes\": []}] | Duplicate field 'type'",
                "trailing garbage         | [] [] | not valid JSON",
                "a huge number            | [{\"type\": \"rtorrent\", \"target\": \"alpha\", \"attributes\": [[\"set_upload_throttle\", [1e99999999999999999999999999999999999999]]]}] | too large",
            })
    void malformedRequests_areA400ForTheWholeRequest(String what, String request, String message) {
        var reply = api.legacy(request);

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.contentType()).startsWith("application/json");
        assertThat(reply.errorCode()).isEqualTo("bad_request");
        assertThat(reply.errorMessage()).contains(message);
    }

    @Test
    void deepNesting_isRefusedBeforeATreeIsBuilt() {
        var reply = api.postJson("/api", "[".repeat(5000) + "]".repeat(5000));

        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.errorMessage()).contains("too deeply nested");
    }

    @Test
    void tooManyElements_orTokens_areRefused() {
        String element = "{\"type\": \"rtorrent\", \"target\": \"alpha\", \"attributes\": []}";
        assertThat(api.postJson("/api", "[" + String.join(",", java.util.Collections.nCopies(101, element)) + "]")
                        .errorMessage())
                .contains("at most 100 elements");
        assertThat(api.postJson("/api", "[" + "[],".repeat(300_000) + "[]]").errorMessage())
                .contains("too large");
    }

    @Test
    void anEmptyBody_aMissingField_andExtraFields_areNamed() {
        assertThat(api.postJson("/api", "").errorMessage()).contains("the body is empty");
        assertThat(api.post("/api", "application/x-www-form-urlencoded", new byte[0])
                        .errorMessage())
                .contains("the form field 'request' is missing");
        assertThat(api.post(
                                "/api",
                                "application/x-www-form-urlencoded",
                                "request=%5B%5D&x=1".getBytes(StandardCharsets.UTF_8))
                        .errorMessage())
                .contains("unknown form field 'x'");
        assertThat(api.post("/api", "application/x-www-form-urlencoded", "request=%ZZ".getBytes(StandardCharsets.UTF_8))
                        .errorMessage())
                .contains("bad %-escape");
    }

    @Test
    void invalidUtf8_isA400InAFormAndInJson() {
        var form = api.post(
                "/api",
                "application/x-www-form-urlencoded",
                "request=%5B%22%FF%22%5D".getBytes(StandardCharsets.UTF_8));
        var json = api.post("/api", "application/json", new byte[] {'[', '"', (byte) 0xFF, (byte) 0xFE, '"', ']'});

        assertThat(form.status()).isEqualTo(400);
        assertThat(form.errorMessage()).contains("not valid UTF-8");
        assertThat(json.status()).isEqualTo(400);
        assertThat(json.errorMessage()).contains("UTF-8");
    }

    @Test
    void otherContentTypes_are415() {
        var reply = api.post("/api", "text/plain", "[]".getBytes(StandardCharsets.UTF_8));

        assertThat(reply.status()).isEqualTo(415);
        assertThat(reply.errorCode()).isEqualTo("unsupported_media_type");
    }

    @Test
    void aBodyOverTheCap_is413_andTenMegabytesOfGarbageA400() {
        var tooLarge = api.post("/api", "application/json", new byte[RequestBody.MAX_BYTES + 1]);
        var garbage =
                api.post("/api", "application/json", "x".repeat(10_000_000).getBytes(StandardCharsets.UTF_8));

        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.errorCode()).isEqualTo("too_large");
        assertThat(garbage.status()).isEqualTo(400);
    }
}
