package io.pyrotorrent.app.managed;

import static io.pyrotorrent.app.managed.TestRtorrents.clientVersion;
import static io.pyrotorrent.app.managed.TestRtorrents.isAlive;
import static io.pyrotorrent.app.managed.TestRtorrents.managed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ManagedRtorrentTest {

    @TempDir
    Path dataDir;

    @Test
    @DisplayName("start returns once rtorrent answers client_version over its unix socket")
    void start_answersClientVersionOverTheSocket() {
        try (ManagedRtorrent rtorrent = managed(dataDir)) {
            rtorrent.start();

            assertThat(clientVersion(rtorrent)).isEqualTo("0.9.8");
            assertThat(rtorrent.url().toString()).isEqualTo("scgi://" + dataDir.resolve("run/rpc.sock"));
            assertThat(rtorrent.pid()).isPresent();
        }
    }

    @Test
    @DisplayName("the run dir holding the socket is 0700 and the rc file has the ports and no DHT")
    void start_layoutIsPrivateAndRcMatchesTheSettings() throws Exception {
        int port = TestRtorrents.freePort();
        String ports = port + "-" + port;
        try (ManagedRtorrent rtorrent = new ManagedRtorrent(dataDir, ports, false, "layout")) {
            rtorrent.start();

            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir.resolve("run"))))
                    .isEqualTo("rwx------");
            assertThat(dataDir.resolve("session")).isDirectory();
            assertThat(dataDir.resolve("download")).isDirectory();
            assertThat(Files.readString(dataDir.resolve("rtorrent.rc")))
                    .contains(
                            "network.port_range.set = " + ports,
                            "dht.mode.set = disable",
                            "protocol.pex.set = no",
                            "system.daemon.set = true",
                            "network.scgi.open_local = \"" + dataDir.resolve("run/rpc.sock") + "\"")
                    .doesNotContain("open_port");
        }
    }

    @Test
    @DisplayName("stop leaves no rtorrent process and no socket behind, and stopping again does nothing")
    void stop_leavesNothingBehindAndIsIdempotent() {
        ManagedRtorrent rtorrent = managed(dataDir);
        rtorrent.start();
        long pid = rtorrent.pid().orElseThrow();

        rtorrent.stop();
        rtorrent.stop();
        rtorrent.close();

        assertThat(isAlive(pid)).isFalse();
        assertThat(rtorrent.pid()).isEmpty();
        assertThat(dataDir.resolve("run/rpc.sock")).doesNotExist();
        assertThat(rtorrent.restarts()).isZero();
    }

    @Test
    @DisplayName("a stopped instance starts again on the same session, and a running one refuses a second start")
    void start_afterStopWorksAndTwiceIsRefused() {
        try (ManagedRtorrent rtorrent = managed(dataDir)) {
            rtorrent.start();
            rtorrent.stop();
            rtorrent.start();

            assertThat(clientVersion(rtorrent)).isEqualTo("0.9.8");
            assertThatThrownBy(rtorrent::start)
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("running already");
        }
    }

    @Test
    @DisplayName("a socket file left by a crash does not keep rtorrent from starting")
    void start_removesAStaleSocket() throws Exception {
        Files.createDirectories(dataDir.resolve("run"));
        Files.writeString(dataDir.resolve("run/rpc.sock"), "stale");
        try (ManagedRtorrent rtorrent = managed(dataDir)) {
            rtorrent.start();

            assertThat(clientVersion(rtorrent)).isEqualTo("0.9.8");
        }
    }
}
