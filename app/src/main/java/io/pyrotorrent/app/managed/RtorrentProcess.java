package io.pyrotorrent.app.managed;

import io.pyrotorrent.adapter.rtorrent.RtorrentClient;
import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.request.ClientQuery;
import io.pyrotorrent.domain.model.request.Ref;
import io.pyrotorrent.domain.model.request.Request;
import java.io.File;
import java.io.IOException;
import java.lang.ProcessBuilder.Redirect;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** One run of the rtorrent binary, from launch until it answers over its socket. */
final class RtorrentProcess {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(1);
    private static final Duration FIRST_POLL_PAUSE = Duration.ofMillis(20);
    private static final Duration MAX_POLL_PAUSE = Duration.ofMillis(100);
    private static final int LOG_TAIL_LINES = 20;

    private final Process process;
    /** util-linux's setsid calls setsid() and execs, so the PID stays rtorrent's own. */
    private static final Path SETSID = Path.of("/usr/bin/setsid");

    private final RtorrentDirectory directory;
    private final Instant launchedAt = Instant.now();

    private RtorrentProcess(Process process, RtorrentDirectory directory) {
        this.process = process;
        this.directory = directory;
    }

    /** Starts rtorrent on the rc file; a restart appends to the log so the crash stays readable. */
    static RtorrentProcess launch(Path executable, RtorrentDirectory directory, boolean appendLog) {
        File log = directory.logFile().toFile();
        var command = new ArrayList<String>();
        if (Files.isExecutable(SETSID)) {
            // Its own session: a terminal's Ctrl-C (sent to the whole process group) must reach
            // pyroTorrent only, which then stops rTorrent in order instead of racing a restart.
            command.add(SETSID.toString());
        }
        command.addAll(List.of(executable.toString(), "-n", "-o", "import=" + directory.rcFile()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(directory.root().toFile())
                .redirectInput(Redirect.from(new File("/dev/null")))
                .redirectErrorStream(true)
                .redirectOutput(appendLog ? Redirect.appendTo(log) : Redirect.to(log));
        try {
            return new RtorrentProcess(builder.start(), directory);
        } catch (IOException e) {
            throw new ManagedRtorrentException("cannot run " + executable + ": " + e.getMessage(), e);
        }
    }

    /**
     * Waits until system.client_version answers, which is later than the socket appearing: with
     * thousands of torrents rTorrent loads its session first. Returns the version.
     */
    String awaitReady(URI url, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Duration pause = FIRST_POLL_PAUSE;
        TorrentClientException lastFailure = null;
        while (true) {
            long remaining = deadline - System.nanoTime();
            if (remaining <= 0) {
                throw new ManagedRtorrentException("rtorrent (pid " + pid() + ") did not answer on "
                        + url + " within " + timeout + " (last error: "
                        + (lastFailure == null ? "none" : lastFailure.getMessage()) + "); "
                        + logTail());
            }
            try {
                return clientVersion(url, Duration.ofNanos(remaining));
            } catch (TorrentClientException e) {
                lastFailure = e;
            }
            if (Thread.interrupted()) {
                throw new InterruptedException("interrupted while waiting for rtorrent to answer");
            }
            // Waiting on the process doubles as the poll pause and notices an early exit at once.
            if (process.waitFor(Math.min(pause.toNanos(), Math.max(remaining, 1)), TimeUnit.NANOSECONDS)) {
                throw new ManagedRtorrentException(
                        "rtorrent exited with code " + process.exitValue() + " while starting; " + logTail());
            }
            pause = pause.multipliedBy(2).compareTo(MAX_POLL_PAUSE) > 0 ? MAX_POLL_PAUSE : pause.multipliedBy(2);
        }
    }

    String logTail() {
        return "last lines of " + directory.logFile() + ":\n" + directory.logTail(LOG_TAIL_LINES);
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    /** The exit code, or -1 while it still runs. */
    int exitCode() {
        return process.isAlive() ? -1 : process.exitValue();
    }

    Duration uptime() {
        return Duration.between(launchedAt, Instant.now());
    }

    /** For {@link RtorrentShutdown}, which escalates from a polite request to SIGKILL. */
    Process process() {
        return process;
    }

    static RtorrentClient client(URI url, Duration readTimeout) {
        Duration connect = readTimeout.compareTo(CONNECT_TIMEOUT) < 0 ? readTimeout : CONNECT_TIMEOUT;
        return RtorrentClient.connect(
                url,
                new TransportSettings(
                        connect,
                        readTimeout,
                        TransportSettings.DEFAULT_MAX_RESPONSE_BYTES,
                        TransportSettings.DEFAULT_MAX_REQUEST_BYTES));
    }

    private static String clientVersion(URI url, Duration readTimeout) {
        Request.Builder request = Request.builder();
        Ref<Row> client = request.add(ClientQuery.of(ClientFields.CLIENT_VERSION));
        return client(url, readTimeout).send(request.build()).get(client).get(ClientFields.CLIENT_VERSION);
    }
}
