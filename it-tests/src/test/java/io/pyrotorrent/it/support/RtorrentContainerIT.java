package io.pyrotorrent.it.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.dockerjava.api.command.InspectContainerResponse;
import com.github.dockerjava.api.model.ExposedPort;
import com.github.dockerjava.api.model.Ports;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnixDomainSocketAddress;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Proves the test infrastructure: real rTorrent 0.9.8 answers over every transport we use. */
class RtorrentContainerIT {

    private static final String CLIENT_VERSION = ScgiProbe.xmlCall("system.client_version");
    private static final String VERSION_ANSWER = "<string>0.9.8</string>";
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(10);

    @Test
    @Timeout(120)
    void answersOverScgiTcpAndOverHttpThroughNginx() throws Exception {
        try (RtorrentContainer rtorrent = RtorrentContainer.tcp()) {
            rtorrent.start();

            URI scgi = rtorrent.scgiTcpUrl();
            assertThat(scgi.getScheme()).isEqualTo("scgi");
            assertThat(scgi.getHost()).isEqualTo("127.0.0.1");
            String overScgi =
                    ScgiProbe.call(new InetSocketAddress(scgi.getHost(), scgi.getPort()), CLIENT_VERSION, CALL_TIMEOUT);
            assertThat(overScgi).contains(VERSION_ANSWER);

            URI http = rtorrent.httpUrl();
            assertThat(http.toString()).startsWith("http://127.0.0.1:").endsWith("/RPC2");
            HttpResponse<String> overHttp = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(http)
                                    .timeout(CALL_TIMEOUT)
                                    .header("Content-Type", "text/xml")
                                    .POST(HttpRequest.BodyPublishers.ofString(CLIENT_VERSION))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(overHttp.statusCode()).isEqualTo(200);
            assertThat(overHttp.body()).contains(VERSION_ANSWER);

            assertPublishedOnLoopbackOnly(rtorrent.getContainerInfo());
        }
    }

    @Test
    @Timeout(60)
    void aMissingImageFailsWithInstructionsInsteadOfBeingPulled() {
        assertThatThrownBy(() -> DockerRequirement.requireImage("pyrotorrent-rtorrent:no-such-tag"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("it-tests/docker/build-rtorrent-image.sh");
    }

    @Test
    @Timeout(120)
    void answersOverUnixSocketAndCleansUpItsDirectory() throws Exception {
        Path socket;
        try (RtorrentContainer rtorrent = RtorrentContainer.unixSocket()) {
            rtorrent.start();
            socket = rtorrent.socketPath();

            assertThat(rtorrent.unixSocketUrl()).hasScheme("scgi").hasPath(socket.toString());
            assertThat(ScgiProbe.call(UnixDomainSocketAddress.of(socket), CLIENT_VERSION, CALL_TIMEOUT))
                    .contains(VERSION_ANSWER);
            // And with a plain blocking channel, as a production client would connect.
            assertThat(blockingCall(socket)).startsWith("Status: 200").contains(VERSION_ANSWER);
        }
        assertThat(Files.exists(socket.getParent()))
                .as("socket directory removed on stop")
                .isFalse();
    }

    /**
     * Both what we asked Docker for (HostConfig) and what it did (NetworkSettings): every
     * published port on 127.0.0.1, on a random host port. Asking matters even where dockerd
     * runs with --ip 127.0.0.1, since elsewhere Docker's default is every interface.
     */
    private static void assertPublishedOnLoopbackOnly(InspectContainerResponse info) {
        Map<ExposedPort, Ports.Binding[]> requested =
                info.getHostConfig().getPortBindings().getBindings();
        Map<ExposedPort, Ports.Binding[]> actual =
                info.getNetworkSettings().getPorts().getBindings();
        for (Map<ExposedPort, Ports.Binding[]> bindings : List.of(requested, actual)) {
            assertThat(bindings.keySet())
                    .extracting(ExposedPort::getPort)
                    .containsExactlyInAnyOrder(RtorrentContainer.SCGI_PORT, RtorrentContainer.HTTP_PORT);
            assertThat(bindings.values())
                    .allSatisfy(forPort -> assertThat(forPort)
                            .isNotEmpty()
                            .allSatisfy(
                                    binding -> assertThat(binding.getHostIp()).isEqualTo("127.0.0.1")));
        }
        assertThat(requested.values())
                .allSatisfy(forPort -> assertThat(forPort)
                        .allSatisfy(
                                binding -> assertThat(binding.getHostPortSpec()).isNullOrEmpty()));
    }

    /** One blocking SCGI exchange; JUnit's @Timeout interrupts it, which closes the channel. */
    private static String blockingCall(Path socket) throws Exception {
        try (SocketChannel channel = SocketChannel.open(UnixDomainSocketAddress.of(socket))) {
            channel.write(ByteBuffer.wrap(ScgiProbe.request(CLIENT_VERSION)));
            return new String(Channels.newInputStream(channel).readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
