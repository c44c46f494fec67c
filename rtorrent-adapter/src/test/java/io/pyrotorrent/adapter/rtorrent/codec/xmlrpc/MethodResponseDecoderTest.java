package io.pyrotorrent.adapter.rtorrent.codec.xmlrpc;

import static io.pyrotorrent.adapter.rtorrent.Failures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.model.ClientFailure;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What the hand-written decoder reads, value by value; hostile input is in the next test class. */
class MethodResponseDecoderTest {

    static Object decode(String xml) {
        return MethodResponseDecoder.decode(xml.getBytes(StandardCharsets.UTF_8));
    }

    static String detailOf(String xml) {
        ClientFailure failure = failureOf(() -> decode(xml));
        assertThat(failure).as(xml).isInstanceOf(ClientFailure.ProtocolError.class);
        return ((ClientFailure.ProtocolError) failure).detail();
    }

    @Test
    @DisplayName("every type rTorrent sends: bare i8, i4, int, string, untyped, boolean, double, base64, nil")
    void decodesEveryScalarType() {
        Object[] values = (Object[]) decode(Replies.value("<array><data>"
                + "<value><i8>-5000000000</i8></value><value><i4>-501</i4></value><value><int>+7</int></value>"
                + "<value><string>s</string></value><value>untyped</value><value><boolean>1</boolean></value>"
                + "<value><boolean>0</boolean></value><value><double>-1.5e3</double></value>"
                + "<value><base64>AQI\nD</base64></value><value><nil/></value>"
                + "<value><i8> 42 </i8></value><value><i8>9223372036854775807</i8></value>"
                + "</data></array>"));

        assertThat(values)
                .containsExactly(
                        -5_000_000_000L,
                        -501,
                        7,
                        "s",
                        "untyped",
                        true,
                        false,
                        -1500.0,
                        new byte[] {1, 2, 3},
                        null,
                        42L,
                        Long.MAX_VALUE);
    }

    @Test
    @DisplayName(
            "empty forms: <string/>, <value/>, <value></value>, <data/>, <struct/>; whitespace-only untyped text is kept")
    void decodesEmptyForms() {
        Object[] values = (Object[]) decode(Replies.value("<array><data>"
                + "<value><string/></value><value/><value></value><value><array><data/></array></value>"
                + "<value><struct/></value><value> </value><value>\n  <string>x</string>\n</value>"
                + "</data></array>"));

        assertThat(values).containsExactly("", "", "", new Object[0], Map.of(), " ", "x");
    }

    @Test
    @DisplayName("nested arrays and structs, like system.multicall around d.multicall2 and fault entries")
    void decodesNestedValues() {
        Object[] rows = (Object[]) decode(Replies.torrentRows());

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
    @DisplayName("the five predefined entities and decimal/hex character references, supplementary characters too")
    void decodesEntitiesAndCharacterReferences() {
        Object text = decode(Replies.value("<string>&lt;&gt;&amp;&quot;&apos; &#65;&#x42;&#x1F600; é 日本</string>"));

        assertThat(text).isEqualTo("<>&\"' AB\uD83D\uDE00 é 日本");
    }

    @Test
    @DisplayName("XML's line-end rule: CR LF and a lone CR read as LF; &#13; stays a CR")
    void normalizesLineEnds() {
        assertThat(decode(Replies.value("<string>a\r\nb\rc&#13;d</string>"))).isEqualTo("a\nb\nc\rd");
    }

    @Test
    @DisplayName("comments, processing instructions, CDATA, a BOM, attributes and no XML declaration are all fine")
    void toleratesHarmlessXml() {
        String xml = "\uFEFF<!-- hi --><?pi x?><methodResponse xmlns:ex='http://x' a=\"1\"><params><param>"
                + "<value><!-- c --><string>a<![CDATA[<&>]]>b<!-- inner -->c</string></value>"
                + "</param></params></methodResponse><!-- bye -->\n";

        assertThat(decode(xml)).isEqualTo("a<&>bc");
    }

    @Test
    @DisplayName("bytes that are not valid UTF-8 become U+FFFD instead of failing the whole reply")
    void replacesMalformedUtf8() {
        byte[] reply = Replies.value("<string>a?b</string>").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < reply.length; i++) {
            if (reply[i] == '?' && reply[i - 1] == 'a') {
                reply[i] = (byte) 0xFF;
            }
        }

        assertThat(MethodResponseDecoder.decode(reply)).isEqualTo("a\uFFFDb");
    }

    @Test
    @DisplayName(
            "a fault is Rejected with its code (i4, int or i8) and string, extra members ignored; -501 is NotFound")
    void faultIsRejected() {
        String fault = "<methodResponse><fault><value><struct>"
                + "<member><name>faultString</name><value>no such thing</value></member>"
                + "<member><name>faultCause</name><value><base64>AAEC</base64></value></member>"
                + "<member><name>faultCode</name><value><i8>-506</i8></value></member>"
                + "</struct></value></fault></methodResponse>";

        assertThat(failureOf(() -> decode(fault))).isEqualTo(new ClientFailure.Rejected(-506, "no such thing"));
        assertThat(failureOf(() -> decode(Replies.fault(-501, "a &amp; b"))))
                .isEqualTo(new ClientFailure.NotFound(-501, "a & b"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"UTF-8", "utf-8", "US-ASCII"})
    @DisplayName("an XML declaration naming UTF-8 (or its ASCII subset) is accepted")
    void acceptsUtf8Declarations(String encoding) {
        String xml = "<?xml version=\"1.0\" encoding=\"" + encoding + "\"?><methodResponse><params><param>"
                + "<value><i4>1</i4></value></param></params></methodResponse>";

        assertThat(decode(xml)).isEqualTo(1);
    }

    @Test
    @DisplayName("nesting up to the cap decodes")
    void nestingUpToTheCapDecodes() {
        int depth = ValueReader.MAX_DEPTH;
        String reply = Replies.value("<array><data><value>".repeat(depth - 1) + "<array><data/></array>"
                + "</value></data></array>".repeat(depth - 1));

        Object value = decode(reply);
        for (int level = 1; level < depth; level++) {
            value = ((Object[]) value)[0];
        }
        assertThat((Object[]) value).isEmpty();
    }
}
