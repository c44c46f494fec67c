package io.pyrotorrent.app.managed;

import static io.pyrotorrent.app.managed.TestRtorrents.awaitTrue;
import static io.pyrotorrent.app.managed.TestRtorrents.clientVersion;
import static io.pyrotorrent.app.managed.TestRtorrents.isAlive;
import static io.pyrotorrent.app.managed.TestRtorrents.managed;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.model.TorrentClientException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 60, unit = TimeUnit.SECONDS)
class ManagedRtorrentSupervisionTest {

    private static final Duration RESTART_DEADLINE = Duration.ofSeconds(20);

    @TempDir
    Path dataDir;

    @Test
    @DisplayName("an rtorrent killed from outside is restarted and answers again")
    void killedFromOutside_isRestartedAndAnswersAgain() throws Exception {
        try (ManagedRtorrent rtorrent = managed(dataDir)) {
            rtorrent.start();
            long firstPid = rtorrent.pid().orElseThrow();

            ProcessHandle.of(firstPid).orElseThrow().destroyForcibly();

            awaitTrue(RESTART_DEADLINE, () -> rtorrent.restarts() == 1 && answers(rtorrent));
            assertThat(rtorrent.pid().orElseThrow()).isNotEqualTo(firstPid);
            assertThat(isAlive(firstPid)).isFalse();
        }
    }

    @Test
    @DisplayName("every crash is followed by a restart, and stop after them leaves no process")
    void repeatedCrashes_areEachRestartedAndStopEndsIt() throws Exception {
        ManagedRtorrentOptions quickRestarts = ManagedRtorrentOptions.defaults()
                .withRestartDelays(Duration.ofMillis(50), Duration.ofMillis(200), Duration.ofMinutes(1));
        ManagedRtorrent rtorrent = managed(dataDir, quickRestarts);
        rtorrent.start();

        for (int crash = 1; crash <= 3; crash++) {
            long pid = rtorrent.pid().orElseThrow();
            ProcessHandle.of(pid).orElseThrow().destroyForcibly();
            int expected = crash;
            awaitTrue(RESTART_DEADLINE, () -> rtorrent.restarts() == expected && answers(rtorrent));
        }
        long last = rtorrent.pid().orElseThrow();
        rtorrent.stop();

        assertThat(isAlive(last)).isFalse();
        assertThat(rtorrent.restarts()).isEqualTo(3);
    }

    @Test
    @DisplayName("stop is not taken for a crash: nothing is restarted afterwards")
    void stop_isNotFollowedByARestart() {
        ManagedRtorrentOptions quickRestarts = ManagedRtorrentOptions.defaults()
                .withRestartDelays(Duration.ofMillis(10), Duration.ofMillis(10), Duration.ofMinutes(1));
        ManagedRtorrent rtorrent = managed(dataDir, quickRestarts);
        rtorrent.start();

        rtorrent.stop();

        // stop() waits for the supervisor thread to end, so no restart can come later.
        assertThat(TestRtorrents.childrenRunningIn(dataDir)).isEmpty();
        assertThat(rtorrent.restarts()).isZero();
        assertThat(rtorrent.pid()).isEmpty();
        assertThat(dataDir.resolve("run/rpc.sock")).doesNotExist();
    }

    @Test
    @DisplayName("restarts that fail are retried until rtorrent comes back")
    void failingRestarts_areRetriedUntilRtorrentComesBack(@TempDir Path bin) throws Exception {
        Path broken = bin.resolve("broken");
        ManagedRtorrent rtorrent = managed(
                dataDir,
                ManagedRtorrentOptions.defaults()
                        .withExecutable(TestRtorrents.breakableBinary(bin, broken))
                        .withRestartDelays(Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofMinutes(1)));
        try (rtorrent) {
            rtorrent.start();
            Files.writeString(broken, "");
            ProcessHandle.of(rtorrent.pid().orElseThrow()).orElseThrow().destroyForcibly();
            awaitTrue(RESTART_DEADLINE, () -> rtorrent.restarts() >= 3);
            assertThat(Files.readString(dataDir.resolve("rtorrent.log"))).contains("simulated failure");

            Files.delete(broken);

            awaitTrue(RESTART_DEADLINE, () -> answers(rtorrent));
        }
        assertThat(TestRtorrents.childrenRunningIn(dataDir)).isEmpty();
    }

    private static boolean answers(ManagedRtorrent rtorrent) {
        try {
            return clientVersion(rtorrent).equals("0.9.8");
        } catch (TorrentClientException e) {
            return false;
        }
    }
}
