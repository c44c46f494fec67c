package io.pyrotorrent.adapter.rtorrent.codec.xmlrpc;

import static io.pyrotorrent.adapter.rtorrent.codec.xmlrpc.MethodResponseDecoderTest.detailOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.TorrentClientException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed and hostile replies: each is a short, clear ProtocolError, never anything else. */
class MethodResponseDecoderHostileTest {

    @ParameterizedTest(name = "{1}")
    @CsvSource(
            delimiter = '|',
            quoteCharacter = '`',
            value = {
                "<!DOCTYPE m [<!ENTITY x 'y'>]><methodResponse/>|DOCTYPE refused",
                "<methodResponse><!ENTITY x 'y'><params/></methodResponse>|markup declaration '<!ENTITY",
                "<methodResponse><params><param><value><string>a<!DOCTYPE x></string></value></param></params></methodResponse>|DOCTYPE refused",
                "<methodResponse><params><param><value><string>&passwd;</string></value></param></params></methodResponse>|entity '&passwd;' refused",
                "<methodResponse><params><param><value>&lol9;</value></param></params></methodResponse>|entity '&lol9;' refused",
                "<methodResponse><params><param><value><string>&#0;</string></value></param></params></methodResponse>|invalid character reference '&#0;'",
                "<methodResponse><params><param><value><string>&#xD800;</string></value></param></params></methodResponse>|invalid character reference",
                "<methodResponse><params><param><value><string>&#x110000;</string></value></param></params></methodResponse>|invalid character reference",
                "<methodResponse><params><param><value><string>&#-65;</string></value></param></params></methodResponse>|invalid character reference",
                "<methodResponse><params><param><value><string>a & b</string></value></param></params></methodResponse>|'&' that starts no entity",
                "<methodResponse><params><param><value><ex:serializable>rO0AB</ex:serializable></value></param></params></methodResponse>|unsupported element <ex:serializable>",
                "<methodResponse><params><param><value><dateTime.iso8601>x</dateTime.iso8601></value></param></params></methodResponse>|unsupported element <dateTime.iso8601>",
                "<methodResponse><params><param><value><i8>twelve</i8></value></param></params></methodResponse>|'twelve' is not an integer",
                "<methodResponse><params><param><value><i8>99999999999999999999</i8></value></param></params></methodResponse>|is not an integer",
                "<methodResponse><params><param><value><i4>2147483648</i4></value></param></params></methodResponse>|does not fit a 32-bit",
                "<methodResponse><params><param><value><i8/></value></param></params></methodResponse>|empty <i8>",
                "<methodResponse><params><param><value><boolean>yes</boolean></value></param></params></methodResponse>|not a boolean",
                "<methodResponse><params><param><value><double>NaN</double></value></param></params></methodResponse>|not a double",
                "<methodResponse><params><param><value><base64>!!!!</base64></value></param></params></methodResponse>|invalid base64",
                "<methodResponse><params><param><value><string>x</i8></value></param></params></methodResponse>|expected </string>, found </i8>",
                "<methodResponse><params><param><value><param/></value></param></params></methodResponse>|<param> is not a value type",
                "<methodResponse><params><param><value><array><value/></array></value></param></params></methodResponse>|expected <data> in <array>",
                "<methodResponse><params><param><value><struct><value/></struct></value></param></params></methodResponse>|expected <member> or </struct>",
                "<methodResponse><params><param><value>x</value></param><param><value>y</value></param></params></methodResponse>|expected </params>",
                "<methodResponse><params><param><value>x</value></param></params></methodResponse>trailing|content after </methodResponse>",
                "<methodResponse></methodResponse>|neither a value nor a fault",
                "<methodResponse><params></params></methodResponse>|neither a value nor a fault",
                "<methodResponse><params/></methodResponse>|neither a value nor a fault",
                "<html><body>502 Bad Gateway</body></html>|unsupported element <html>",
                "not xml|unexpected text",
                "<methodResponse><fault><value><struct></struct></value></fault></methodResponse>|a fault without a faultCode",
                "<?xml version='1.0' encoding='ISO-8859-1'?><methodResponse/>|unsupported encoding 'ISO-8859-1'",
                "<methodResponse><params><param><value a=b>x</value></param></params></methodResponse>|unquoted attribute value",
                "<methodResponse><params><param><value><string>x</string></value></param></params>|the reply ends early",
                "<methodResponse><params><param><value><string>x|the reply ends inside text",
                "<methodResponse><!-- never closed|'-->' never comes",
            })
    @DisplayName("each malformed or hostile reply is a ProtocolError saying what is wrong")
    void malformedRepliesAreClearProtocolErrors(String xml, String expected) {
        String detail = detailOf(xml);

        assertThat(detail)
                .startsWith("not a valid XML-RPC reply: ")
                .contains(expected)
                .hasSizeLessThan(200);
    }

    @Test
    @DisplayName("an empty reply and a UTF-16 reply are ProtocolErrors")
    void emptyAndUtf16() {
        assertThat(detailOf("")).contains("ends early");
        Throwable thrown = catchThrowable(
                () -> MethodResponseDecoder.decode(Replies.value("<i4>1</i4>").getBytes(StandardCharsets.UTF_16)));
        assertThat(((TorrentClientException) thrown).failure().message()).contains("UTF-16");
    }

    @Test
    @Timeout(5)
    @DisplayName("50,000 nested arrays fail at the depth cap, without a StackOverflowError")
    void deepNestingIsCapped() {
        int depth = 50_000;
        String reply = Replies.value(
                "<array><data><value>".repeat(depth) + "<i8>1</i8>" + "</value></data></array>".repeat(depth));

        assertThat(detailOf(reply)).contains("nested deeper than " + ValueReader.MAX_DEPTH);
    }

    @Test
    @DisplayName("one level past the cap is refused")
    void onePastTheCapIsRefused() {
        int depth = ValueReader.MAX_DEPTH + 1;
        String reply = Replies.value("<array><data><value>".repeat(depth - 1) + "<array><data/></array>"
                + "</value></data></array>".repeat(depth - 1));

        assertThat(detailOf(reply)).contains("nested deeper than");
    }

    @Test
    @Timeout(20)
    @DisplayName("a real reply cut at every byte fails as a ProtocolError (or still decodes), never otherwise")
    void everyTruncationIsAProtocolError() {
        byte[] reply = Replies.torrentRows().getBytes(StandardCharsets.UTF_8);
        for (int length = 0; length < reply.length; length++) {
            byte[] cut = java.util.Arrays.copyOf(reply, length);
            assertOnlyProtocolErrors(cut);
        }
    }

    @Test
    @Timeout(30)
    @DisplayName("20,000 randomly mangled replies (seeded): every one decodes or is a ProtocolError/Rejected")
    void mangledRepliesNeverEscape() {
        Random random = new Random(7);
        byte[] original = (Replies.torrentRows() + Replies.fault(-1, "x")).getBytes(StandardCharsets.UTF_8);
        byte[] alphabet = "<>/&;#x!-?[]='\" \r\nabdeilmnorstuvy0123456789".getBytes(StandardCharsets.US_ASCII);
        for (int round = 0; round < 20_000; round++) {
            byte[] mangled = original.clone();
            for (int edits = 1 + random.nextInt(4); edits > 0; edits--) {
                int at = random.nextInt(mangled.length);
                mangled[at] =
                        random.nextInt(8) == 0 ? (byte) random.nextInt(256) : alphabet[random.nextInt(alphabet.length)];
            }
            assertOnlyProtocolErrors(mangled);
        }
    }

    private static void assertOnlyProtocolErrors(byte[] reply) {
        Throwable thrown = catchThrowable(() -> MethodResponseDecoder.decode(reply));
        if (thrown == null) {
            return;
        }
        String input = new String(reply, StandardCharsets.UTF_8);
        assertThat(thrown).as(input).isInstanceOf(TorrentClientException.class);
        ClientFailure failure = ((TorrentClientException) thrown).failure();
        assertThat(failure).as(input).isInstanceOfAny(ClientFailure.ProtocolError.class, ClientFailure.Rejected.class);
        assertThat(failure.message()).as(input).hasSizeLessThan(260);
    }
}
