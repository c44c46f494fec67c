package io.pyrotorrent.app.managed;

import static io.pyrotorrent.app.managed.TestRtorrents.childrenRunningIn;
import static io.pyrotorrent.app.managed.TestRtorrents.managed;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ManagedRtorrentStartFailureTest {

    @TempDir
    Path dataDir;

    @Test
    @DisplayName("without rtorrent on the PATH, start says how to install it")
    void start_withoutRtorrentOnThePath_saysHowToInstallIt(@TempDir Path emptyBin) {
        ManagedRtorrent rtorrent =
                managed(dataDir, ManagedRtorrentOptions.defaults().withSearchPath(emptyBin + ":/nonexistent:"));

        assertThatThrownBy(rtorrent::start)
                .isInstanceOf(ManagedRtorrentException.class)
                .hasMessage("rtorrent is not installed: install it with 'apt-get install rtorrent' "
                        + "(Debian/Ubuntu) or put it on the PATH");
    }

    @Test
    @DisplayName("a binary that exits at once fails start with its exit code and the log tail")
    void start_withABinaryThatExits_failsWithTheLogTail() {
        ManagedRtorrent rtorrent =
                managed(dataDir, ManagedRtorrentOptions.defaults().withExecutable(Path.of("/bin/false")));

        assertThatThrownBy(rtorrent::start)
                .isInstanceOf(ManagedRtorrentException.class)
                .hasMessageContaining("rtorrent failed to start")
                .hasMessageContaining("exited with code 1")
                .hasMessageContaining("rtorrent.log");
        assertThat(rtorrent.pid()).isEmpty();
    }

    @Test
    @DisplayName("a BitTorrent port in use fails start with rtorrent's own complaint from the log")
    void start_onABusyPort_failsWithRtorrentsMessage() throws Exception {
        try (ServerSocket busy = new ServerSocket()) {
            busy.bind(new InetSocketAddress("0.0.0.0", 0));
            int port = busy.getLocalPort();
            ManagedRtorrent rtorrent = new ManagedRtorrent(dataDir, port + "-" + port, false, "busy");

            assertThatThrownBy(rtorrent::start)
                    .isInstanceOf(ManagedRtorrentException.class)
                    .hasMessageContaining("exited with code")
                    .hasMessageContaining("Could not open/bind port for listening");
        }
        assertThat(childrenRunningIn(dataDir)).isEmpty();
        assertThat(dataDir.resolve("run/rpc.sock")).doesNotExist();
    }

    @Test
    @DisplayName("a data dir that cannot be created fails start naming the dir")
    void start_whenTheDataDirCannotBeCreated_namesIt() throws Exception {
        Path blocker = Files.writeString(dataDir.resolve("file"), "not a directory");
        ManagedRtorrent rtorrent = managed(blocker.resolve("rt"));

        assertThatThrownBy(rtorrent::start)
                .isInstanceOf(ManagedRtorrentException.class)
                .hasMessageContaining("cannot prepare the rtorrent data dir " + blocker.resolve("rt"));
    }

    @Test
    @DisplayName("a configured executable that does not exist is named in the error")
    void start_withAMissingConfiguredExecutable_namesIt() {
        ManagedRtorrent rtorrent =
                managed(dataDir, ManagedRtorrentOptions.defaults().withExecutable(dataDir.resolve("no-rtorrent")));

        assertThatThrownBy(rtorrent::start)
                .isInstanceOf(ManagedRtorrentException.class)
                .hasMessageContaining(dataDir.resolve("no-rtorrent") + " is missing or not executable");
    }
}
