package io.pyrotorrent.adapter.rtorrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.adapter.rtorrent.transport.RoundTrip;
import io.pyrotorrent.adapter.rtorrent.transport.Transport;
import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.request.ClientQuery;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TorrentSource;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Which codec a target gets: asked once per connection life, JSON-RPC where rTorrent has it. */
class RtorrentClientDialectTest {

    private static final String JSON = "application/json";
    /** What rTorrent 0.9.8 answers to a JSON body: it reads every body as XML. */
    private static final String XML_FAULT_TO_JSON = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\r\n<methodResponse>\r\n"
            + "<fault>\r\n<value><struct>\r\n<member><name>faultCode</name>\r\n<value><i4>-503</i4></value></member>\r\n"
            + "<member><name>faultString</name>\r\n<value><string>Call XML not a proper XML-RPC call.  Call is not valid"
            + " XML.  not well-formed</string></value></member>\r\n</struct></value>\r\n</fault>\r\n</methodResponse>\r\n";

    private final List<String> sent = new ArrayList<>();

    /** A fake rTorrent: 0.16 answers JSON and XML, 0.9.8 only XML; both report their version. */
    private Transport rtorrent(String version, boolean speaksJson, AtomicBoolean down) {
        return (body, contentType) -> {
            String request = new String(body, StandardCharsets.UTF_8);
            sent.add(contentType + " " + request);
            if (down.get()) {
                throw new TorrentClientException(new ClientFailure.Unreachable("restarting"));
            }
            if (contentType.equals(JSON)) {
                return bytes(
                        !speaksJson
                                ? XML_FAULT_TO_JSON
                                : request.startsWith("[")
                                        ? "[{\"id\":0,\"jsonrpc\":\"2.0\",\"result\":\"" + version + "\"}]"
                                        : "{\"id\":0,\"jsonrpc\":\"2.0\",\"result\":\"" + version + "\"}");
            }
            String value = "<value><string>" + version + "</string></value>";
            return bytes("<methodResponse><params><param>"
                    + (request.contains("system.multicall")
                            ? "<value><array><data><value><array><data>" + value + "</data></array></value>"
                                    + "</data></array></value>"
                            : value)
                    + "</param></params></methodResponse>");
        };
    }

    private final List<RoundTrip> trips = new ArrayList<>();

    private RtorrentClient client(Transport transport, RtorrentClient.Rpc rpc) {
        return RtorrentClient.over(transport, TransportSettings.defaults(), trips::add, rpc);
    }

    private static Request versionQuery() {
        return Request.of(ClientQuery.of(ClientFields.CLIENT_VERSION));
    }

    @Test
    @DisplayName("auto on rTorrent 0.16: one JSON probe, then every request as a JSON-RPC batch")
    void autoPicksJsonWhereRtorrentHasIt() {
        RtorrentClient client = client(rtorrent("0.16.17", true, new AtomicBoolean()), RtorrentClient.Rpc.AUTO);

        client.send(versionQuery());
        client.send(versionQuery());

        assertThat(client.rpc()).contains("jsonrpc");
        assertThat(client.rtorrentVersion()).contains("0.16.17");
        assertThat(sent).hasSize(3).allSatisfy(request -> assertThat(request).startsWith(JSON));
        assertThat(sent.get(1)).contains("[{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"system.client_version\"");
    }

    @Test
    @DisplayName("auto on rTorrent 0.9.8: its XML fault to the JSON probe means XML-RPC from then on")
    void autoFallsBackToXmlOn098() {
        RtorrentClient client = client(rtorrent("0.9.8", false, new AtomicBoolean()), RtorrentClient.Rpc.AUTO);

        var request = Request.builder();
        var version = request.add(ClientQuery.of(ClientFields.CLIENT_VERSION));
        var row = client.send(request.build()).get(version);

        assertThat(row.get(ClientFields.CLIENT_VERSION)).isEqualTo("0.9.8");
        assertThat(client.rpc()).contains("xmlrpc");
        assertThat(client.rtorrentVersion()).contains("0.9.8");
        assertThat(sent).hasSize(3);
        assertThat(sent.get(0)).startsWith(JSON);
        assertThat(sent.subList(1, 3))
                .allSatisfy(sentRequest -> assertThat(sentRequest).startsWith(Transport.XML));
        assertThat(sent.get(2)).contains("system.multicall");
        assertThat(trips)
                .hasSize(3)
                .allSatisfy(trip -> assertThat(trip.succeeded()).isTrue());
    }

    @Test
    @DisplayName("a forced codec is used without trying the other")
    void forcedXmlNeverSendsJson() {
        RtorrentClient client = client(rtorrent("0.16.17", true, new AtomicBoolean()), RtorrentClient.Rpc.XMLRPC);

        client.send(versionQuery());

        assertThat(client.rpc()).contains("xmlrpc");
        assertThat(sent).allSatisfy(request -> assertThat(request).startsWith(Transport.XML));
    }

    @Test
    @DisplayName("after a failed call the next one asks again: a restarted target may be another version")
    void failureMeansAskingAgain() {
        AtomicBoolean down = new AtomicBoolean();
        RtorrentClient client = client(rtorrent("0.16.17", true, down), RtorrentClient.Rpc.AUTO);
        client.send(versionQuery());

        down.set(true);
        assertThatThrownBy(() -> client.send(versionQuery())).isInstanceOf(TorrentClientException.class);
        down.set(false);
        sent.clear();
        client.send(versionQuery());

        assertThat(sent).hasSize(2);
        assertThat(sent.get(0)).contains("\"method\":\"system.client_version\",\"params\":[\"\"]}");
        assertThat(sent.get(0)).doesNotStartWith(JSON + " [");
    }

    @Test
    @DisplayName(
            "an rTorrent restarted unseen as another version: the reply that names it makes the next call ask again")
    void anotherVersionInAReplyMeansAskingAgain() {
        var now = new AtomicReference<Transport>(rtorrent("0.9.8", false, new AtomicBoolean()));
        RtorrentClient client = client((body, type) -> now.get().exchange(body, type), RtorrentClient.Rpc.AUTO);
        client.send(versionQuery());
        assertThat(client.rpc()).contains("xmlrpc");

        // Upgraded between two calls: 0.16 reads XML too, so this call succeeds and says 0.16.17.
        now.set(rtorrent("0.16.17", true, new AtomicBoolean()));
        client.send(versionQuery());
        sent.clear();
        client.send(versionQuery());

        assertThat(client.rpc()).contains("jsonrpc");
        assertThat(client.rtorrentVersion()).contains("0.16.17");
        assertThat(sent).hasSize(2).allSatisfy(request -> assertThat(request).startsWith(JSON));
    }

    @Test
    @DisplayName("the same version in every reply never asks again")
    void sameVersionKeepsTheDialect() {
        RtorrentClient client = client(rtorrent("0.16.17", true, new AtomicBoolean()), RtorrentClient.Rpc.AUTO);
        client.send(versionQuery());
        sent.clear();

        client.send(versionQuery());
        client.send(versionQuery());

        assertThat(sent).hasSize(2);
    }

    @Test
    @DisplayName("a .torrent file's bytes have no JSON type: that request goes as XML-RPC on a JSON target")
    void rawBytesGoAsXml() {
        RtorrentClient client = client(rtorrent("0.16.17", true, new AtomicBoolean()), RtorrentClient.Rpc.JSONRPC);
        client.send(versionQuery());
        sent.clear();

        client.send(Request.of(Command.AddTorrent.of(new TorrentSource.FileBytes(new byte[] {'d', 'e'}), false)));

        assertThat(sent)
                .singleElement()
                .satisfies(
                        request -> assertThat(request).startsWith(Transport.XML).contains("load.raw"));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
