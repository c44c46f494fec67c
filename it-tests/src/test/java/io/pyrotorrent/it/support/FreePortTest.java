package io.pyrotorrent.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.util.HashSet;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class FreePortTest {

    @Test
    void freePorts_areBelowTheEphemeralRange_neverTheSameTwice_andBindable() throws Exception {
        var ports = IntStream.range(0, 200)
                .map(i -> PyrotorrentProcess.freePort())
                .boxed()
                .toList();

        assertThat(ports)
                .allSatisfy(port -> assertThat(port)
                        .isBetween(PyrotorrentProcess.LOWEST_PORT, PyrotorrentProcess.EPHEMERAL_START - 1));
        assertThat(new HashSet<>(ports)).hasSameSizeAs(ports);
        try (var socket = new ServerSocket(ports.get(0))) {
            assertThat(socket.getLocalPort()).isEqualTo(ports.get(0));
        }
    }

    @Test
    void aContainerStartThatLostItsHostPort_isARaceToRetry_otherFailuresAreNot() {
        var lost = new RuntimeException(
                "Could not create/start container",
                new IllegalStateException(
                        "Status 500: {\"message\":\"driver failed programming external"
                                + " connectivity on endpoint x: Bind for 127.0.0.1:32833 failed: port is already allocated\"}"));

        assertThat(RtorrentContainer.isHostPortRace(lost)).isTrue();
        assertThat(RtorrentContainer.isHostPortRace(new RuntimeException("No such image")))
                .isFalse();
    }
}
