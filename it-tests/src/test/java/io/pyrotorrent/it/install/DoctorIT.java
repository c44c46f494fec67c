package io.pyrotorrent.it.install;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.it.support.DockerRequirement;
import io.pyrotorrent.it.support.PyrotorrentProcess;
import io.pyrotorrent.it.support.RtorrentContainer;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** `pyrotorrent doctor` from the built jar, against a real rTorrent and a dead one. */
@Timeout(120)
class DoctorIT {

    private static RtorrentContainer rtorrent;

    @TempDir
    Path dir;

    @BeforeAll
    static void startRtorrent() {
        DockerRequirement.requireImage(RtorrentContainer.IMAGE);
        rtorrent = RtorrentContainer.tcp();
        rtorrent.start();
    }

    @AfterAll
    static void stopRtorrent() {
        if (rtorrent != null) {
            rtorrent.stop();
        }
    }

    @Test
    void doctor_reportsTheLiveTargetsVersion_andSaysWhatToFixAboutTheDeadOne() throws Exception {
        int dead;
        try (var socket = new ServerSocket(0)) {
            dead = socket.getLocalPort();
        }
        Path config = Files.writeString(dir.resolve("p.yaml"), """
                targets:
                  - name: live
                    url: %s
                  - name: dead
                    url: scgi://127.0.0.1:%d
                    timeout: 2s
                """.formatted(rtorrent.scgiTcpUrl(), dead));

        var result = PyrotorrentProcess.run(dir, "--config", config.toString(), "doctor");

        assertThat(result.exitCode()).as(result.stderr()).isEqualTo(1);
        assertThat(result.stdout().lines())
                .contains("ok   target live: reachable, rTorrent 0.9.8 / libtorrent 0.13.8")
                .anySatisfy(line -> assertThat(line)
                        .startsWith("FIX  target dead: ")
                        .endsWith("start rTorrent at scgi://127.0.0.1:" + dead + " or correct its url"));
    }

    @Test
    void doctor_withOnlyTheLiveTarget_exits0() throws Exception {
        Path config = Files.writeString(dir.resolve("p.yaml"), """
                targets:
                  - name: live
                    url: %s
                """.formatted(rtorrent.scgiTcpUrl()));

        var result = PyrotorrentProcess.run(dir, "--config", config.toString(), "doctor");

        assertThat(result.exitCode()).as(result.stdout() + result.stderr()).isZero();
        assertThat(result.stdout().lines()).allMatch(line -> line.startsWith("ok   "));
    }

    @Test
    void version_isTheBuildsOwn() {
        var result = PyrotorrentProcess.run(dir, "--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.stdout().strip()).matches("pyroTorrent \\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    }
}
