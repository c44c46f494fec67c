package io.pyrotorrent.app.managed;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the managed rTorrent is found, awaited, stopped and restarted. The defaults suit
 * production; tests inject a binary or a PATH and shorten the delays.
 *
 * @param executable        a binary to run instead of searching {@code searchPath}
 * @param searchPath        the PATH searched for {@code rtorrent}
 * @param startTimeout      how long a start may take until client_version answers; with thousands
 *                          of torrents in the session the first answer takes seconds
 * @param stopTimeout       how long rTorrent gets to save its session and exit after
 *                          system.shutdown.normal before it is sent SIGTERM
 * @param firstRestartDelay the wait before the first restart after a crash
 * @param maxRestartDelay   the longest wait between restarts of a crash-looping rTorrent
 * @param stableAfter       a run this long resets the restart delay to {@code firstRestartDelay}
 */
public record ManagedRtorrentOptions(
        Optional<Path> executable,
        String searchPath,
        Duration startTimeout,
        Duration stopTimeout,
        Duration firstRestartDelay,
        Duration maxRestartDelay,
        Duration stableAfter) {

    public ManagedRtorrentOptions {
        Objects.requireNonNull(executable, "executable");
        Objects.requireNonNull(searchPath, "searchPath");
        requirePositive(startTimeout, "startTimeout");
        requirePositive(stopTimeout, "stopTimeout");
        requirePositive(firstRestartDelay, "firstRestartDelay");
        requirePositive(maxRestartDelay, "maxRestartDelay");
        requirePositive(stableAfter, "stableAfter");
        if (maxRestartDelay.compareTo(firstRestartDelay) < 0) {
            throw new IllegalArgumentException(
                    "maxRestartDelay " + maxRestartDelay + " is shorter than firstRestartDelay " + firstRestartDelay);
        }
    }

    public static ManagedRtorrentOptions defaults() {
        String path = System.getenv("PATH");
        return new ManagedRtorrentOptions(
                Optional.empty(),
                path == null ? "" : path,
                Duration.ofSeconds(30),
                Duration.ofSeconds(10),
                Duration.ofSeconds(1),
                Duration.ofSeconds(30),
                Duration.ofMinutes(1));
    }

    public ManagedRtorrentOptions withExecutable(Path binary) {
        return new ManagedRtorrentOptions(
                Optional.of(binary),
                searchPath,
                startTimeout,
                stopTimeout,
                firstRestartDelay,
                maxRestartDelay,
                stableAfter);
    }

    public ManagedRtorrentOptions withSearchPath(String path) {
        return new ManagedRtorrentOptions(
                executable, path, startTimeout, stopTimeout, firstRestartDelay, maxRestartDelay, stableAfter);
    }

    public ManagedRtorrentOptions withStartTimeout(Duration timeout) {
        return new ManagedRtorrentOptions(
                executable, searchPath, timeout, stopTimeout, firstRestartDelay, maxRestartDelay, stableAfter);
    }

    public ManagedRtorrentOptions withStopTimeout(Duration timeout) {
        return new ManagedRtorrentOptions(
                executable, searchPath, startTimeout, timeout, firstRestartDelay, maxRestartDelay, stableAfter);
    }

    public ManagedRtorrentOptions withRestartDelays(Duration first, Duration max, Duration stable) {
        return new ManagedRtorrentOptions(executable, searchPath, startTimeout, stopTimeout, first, max, stable);
    }

    private static void requirePositive(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + duration);
        }
    }
}
