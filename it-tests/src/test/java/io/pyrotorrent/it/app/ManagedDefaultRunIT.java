package io.pyrotorrent.it.app;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.it.support.PyrotorrentProcess;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * `java -jar pyrotorrent.jar` with no arguments: a managed rTorrent under ./data/local, restarted
 * when it dies, stopped with the app on SIGTERM (exit 0, no rtorrent left behind).
 */
@Timeout(180)
class ManagedDefaultRunIT {

    @TempDir
    Path dir;

    @Test
    void theDefaultRun_managesItsOwnRtorrentFromStartToCleanStop() throws Exception {
        int port = PyrotorrentProcess.freePort();
        try (var app = PyrotorrentProcess.start(dir, Map.of("PYROTORRENT_PORT", Integer.toString(port)))) {
            String base = "http://127.0.0.1:" + port + "/";
            String health = app.awaitOk(base + "health", Duration.ofSeconds(60));
            ProcessHandle first = rtorrentChild(app);

            assertThat(health).contains("\"name\":\"local\",\"reachable\":true", "0.9.8");
            assertThat(Files.getPosixFilePermissions(dir.resolve("data/local/run")))
                    .isEqualTo(PosixFilePermissions.fromString("rwx------"));
            assertThat(PyrotorrentProcess.get(base)).contains("target-local");

            first.destroyForcibly();
            ProcessHandle second = awaitNewRtorrent(app, first);
            String recovered =
                    app.await(base + "health", Duration.ofSeconds(60), body -> body.contains("\"reachable\":true"));

            assertThat(recovered).contains("0.9.8");
            assertThat(second.pid()).isNotEqualTo(first.pid());

            assertThat(app.terminate(Duration.ofSeconds(30))).isZero();
            assertThat(List.of(first.isAlive(), second.isAlive())).containsOnly(false);
            assertThat(app.stderr()).contains("stopped");
        }
    }

    @Test
    void ctrlCInTheTerminal_reachesPyrotorrentOnly_whichStopsRtorrentInOrder() {
        int port = PyrotorrentProcess.freePort();
        try (var app = PyrotorrentProcess.startInOwnGroup(dir, Map.of("PYROTORRENT_PORT", Integer.toString(port)))) {
            app.awaitOk("http://127.0.0.1:" + port + "/health", Duration.ofSeconds(60));
            ProcessHandle rtorrent = rtorrentChild(app);

            assertThat(app.interruptGroup(Duration.ofSeconds(30))).isZero();
            assertThat(rtorrent.isAlive()).isFalse();
            assertThat(app.stderr()).contains("stopped in").doesNotContain("exited on its own");
        }
    }

    private static ProcessHandle rtorrentChild(PyrotorrentProcess app) {
        return app.handle()
                .children()
                .filter(child -> child.info().command().orElse("").endsWith("rtorrent"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no rtorrent child of pyroTorrent"));
    }

    private static ProcessHandle awaitNewRtorrent(PyrotorrentProcess app, ProcessHandle old) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            var current = app.handle()
                    .children()
                    .filter(child -> child.pid() != old.pid()
                            && child.info().command().orElse("").endsWith("rtorrent"))
                    .findFirst();
            if (current.isPresent()) {
                return current.get();
            }
            Thread.onSpinWait();
        }
        throw new AssertionError("rtorrent was not restarted within 60 s: " + app.stderr());
    }
}
