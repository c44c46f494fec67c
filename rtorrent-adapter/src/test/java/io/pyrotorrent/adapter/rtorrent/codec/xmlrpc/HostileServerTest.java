package io.pyrotorrent.adapter.rtorrent.codec.xmlrpc;

import static io.pyrotorrent.adapter.rtorrent.Failures.failureOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.adapter.rtorrent.transport.FakeScgiServer;
import io.pyrotorrent.adapter.rtorrent.transport.Transport;
import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import io.pyrotorrent.adapter.rtorrent.transport.Transports;
import io.pyrotorrent.domain.model.ClientFailure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.stream.Stream;
import javax.xml.parsers.SAXParserFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.InputSource;
import org.xml.sax.helpers.DefaultHandler;

/** A server that answers with attacks instead of data: each one must fail safely and fast. */
class HostileServerTest {

    private static final Path PASSWD = Path.of("/etc/passwd");

    private FakeScgiServer server;
    private ServerSocket entityTarget;
    private Transport transport;
    private final XmlRpcCodec codec = new XmlRpcCodec(TransportSettings.defaults());

    @BeforeEach
    void start() throws IOException {
        server = FakeScgiServer.tcp();
        entityTarget = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        transport = Transports.forUrl(server.url(), TransportSettings.defaults());
        SerializationCanary.DESERIALIZED.set(false);
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
        entityTarget.close();
    }

    static Stream<String> doctypes() {
        return Stream.of(
                "<!DOCTYPE methodResponse [<!ENTITY passwd SYSTEM \"file:///etc/passwd\">"
                        + "<!ENTITY remote SYSTEM \"http://127.0.0.1:PORT/x\">]>",
                "<!DOCTYPE methodResponse [<!ENTITY % remote SYSTEM \"http://127.0.0.1:PORT/evil.dtd\"> %remote;]>",
                "<!DOCTYPE methodResponse SYSTEM \"http://127.0.0.1:PORT/external.dtd\">");
    }

    private String withDoctype(String doctype) {
        return "<?xml version=\"1.0\"?>" + doctype.replace("PORT", Integer.toString(entityTarget.getLocalPort()))
                + "<methodResponse><params><param><value><string>"
                + (doctype.contains("ENTITY passwd") ? "&passwd;&remote;" : "x")
                + "</string></value></param></params></methodResponse>";
    }

    @ParameterizedTest
    @MethodSource("doctypes")
    @DisplayName("a DOCTYPE with external entities or DTDs is a ProtocolError; no file is read, no URL is fetched")
    void externalEntitiesAreNeverResolved(String doctype) throws IOException {
        server.answerXml(withDoctype(doctype));

        ClientFailure failure = failureOf(() -> codec.call(transport, "system.client_version"));

        assertThat(failure).isInstanceOf(ClientFailure.ProtocolError.class);
        assertThat(failure.message())
                .contains("DOCTYPE")
                .doesNotContain("root:")
                .doesNotContain("apache.org");
        assertNoConnectionArrives();
    }

    @Test
    @DisplayName("control: the file entity payload does leak /etc/passwd through an unhardened parser")
    void fileEntityPayloadIsRealAgainstAStockParser() throws Exception {
        String xml = "<?xml version=\"1.0\"?>"
                + "<!DOCTYPE a [<!ENTITY passwd SYSTEM \"file:///etc/passwd\">]><a>&passwd;</a>";
        StringBuilder text = new StringBuilder();
        SAXParserFactory.newDefaultInstance()
                .newSAXParser()
                .parse(new InputSource(new StringReader(xml)), new DefaultHandler() {
                    @Override
                    public void characters(char[] ch, int start, int length) {
                        text.append(ch, start, length);
                    }
                });

        assertThat(text.toString()).isEqualTo(Files.readString(PASSWD));
    }

    @Test
    @Timeout(2)
    @DisplayName("an entity-expansion bomb (billion laughs) fails fast with a ProtocolError")
    void entityExpansionBombFailsFast() {
        StringBuilder bomb = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
        for (int level = 1; level <= 9; level++) {
            bomb.append("<!ENTITY lol")
                    .append(level)
                    .append(" \"")
                    .append(("&lol" + (level == 1 ? "" : level - 1) + ";").repeat(10))
                    .append("\">");
        }
        bomb.append("]><methodResponse><params><param><value><string>&lol9;</string></value></param></params>"
                + "</methodResponse>");
        server.answerXml(bomb.toString());

        ClientFailure failure = failureOf(() -> codec.call(transport, "system.client_version"));

        assertThat(failure).isInstanceOf(ClientFailure.ProtocolError.class);
    }

    @Test
    @DisplayName("a fault whose faultCause carries a Java-serialized object is Rejected; nothing is deserialized")
    void faultCauseIsNeverDeserialized() {
        server.answerXml("<?xml version=\"1.0\"?><methodResponse><fault><value><struct>"
                + "<member><name>faultCode</name><value><i4>-1</i4></value></member>"
                + "<member><name>faultString</name><value><string>boom</string></value></member>"
                + "<member><name>faultCause</name><value><base64>" + SerializationCanary.base64Payload()
                + "</base64></value></member></struct></value></fault></methodResponse>");

        ClientFailure failure = failureOf(() -> codec.call(transport, "system.client_version"));

        assertThat(failure).isEqualTo(new ClientFailure.Rejected(-1, "boom"));
        assertThat(SerializationCanary.DESERIALIZED).isFalse();
    }

    @Test
    @DisplayName("a value of the extensions' 'serializable' type is a ProtocolError; nothing is deserialized")
    void serializableExtensionValueIsRefused() {
        server.answerXml("<?xml version=\"1.0\"?>"
                + "<methodResponse xmlns:ex=\"http://ws.apache.org/xmlrpc/namespaces/extensions\">"
                + "<params><param><value><ex:serializable>" + SerializationCanary.base64Payload()
                + "</ex:serializable></value></param></params></methodResponse>");

        ClientFailure failure = failureOf(() -> codec.call(transport, "system.client_version"));

        assertThat(failure).isInstanceOf(ClientFailure.ProtocolError.class);
        assertThat(SerializationCanary.DESERIALIZED).isFalse();
    }

    @Test
    @DisplayName("control: the canary does trip when it is deserialized")
    void canaryTripsWhenDeserialized() throws Exception {
        byte[] payload = Base64.getDecoder().decode(SerializationCanary.base64Payload());
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(payload))) {
            in.readObject();
        }

        assertThat(SerializationCanary.DESERIALIZED).isTrue();
    }

    @Test
    @DisplayName("a request over maxRequestBytes is TooLarge and the server receives nothing")
    void tooLargeRequestSendsNothing() {
        XmlRpcCodec small =
                new XmlRpcCodec(new TransportSettings(Duration.ofSeconds(1), Duration.ofSeconds(1), 1024 * 1024, 4096));
        server.answerXml(Replies.value("<i4>0</i4>"));

        ClientFailure failure = failureOf(() -> small.call(transport, "load.raw", "", new byte[8192]));
        small.call(transport, "system.client_version");

        assertThat(failure).isInstanceOf(ClientFailure.TooLarge.class);
        assertThat(server.requests())
                .singleElement()
                .satisfies(request -> assertThat(new String(request.body())).contains("system.client_version"));
    }

    /** Any fetch would have been made during the call; the accept timeout is only slack. */
    private void assertNoConnectionArrives() throws IOException {
        entityTarget.setSoTimeout(200);
        assertThatThrownBy(entityTarget::accept).isInstanceOf(SocketTimeoutException.class);
    }
}
