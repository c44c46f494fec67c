package io.pyrotorrent.app.managed;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An rTorrent that pyroTorrent starts, supervises and stops itself, reachable only through the
 * unix socket in its data dir. A crash is followed by a restart after a growing delay; only
 * {@link #stop()} ends it for good.
 */
public final class ManagedRtorrent implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ManagedRtorrent.class);

    private final RtorrentDirectory directory;
    private final PortRange ports;
    private final boolean dht;
    private final String name;
    private final ManagedRtorrentOptions options;
    private final AtomicInteger restarts = new AtomicInteger();
    /** Serializes start and stop, which may each take seconds. */
    private final Object lifecycle = new Object();
    /** Set while running, between a successful start and stop. */
    private volatile RestartSupervisor supervisor;
    /** Stops rtorrent when the JVM exits without stop(): an orphan would hold the session lock. */
    private Thread shutdownHook;

    public ManagedRtorrent(Path dataDir, String portRange, boolean dht, String name) {
        this(dataDir, portRange, dht, name, ManagedRtorrentOptions.defaults());
    }

    public ManagedRtorrent(Path dataDir, String portRange, boolean dht, String name, ManagedRtorrentOptions options) {
        this.directory = new RtorrentDirectory(Objects.requireNonNull(dataDir, "dataDir"));
        this.ports = PortRange.parse(portRange);
        this.dht = dht;
        this.name = requireName(name);
        this.options = Objects.requireNonNull(options, "options");
    }

    /**
     * Writes the rc file, starts rtorrent and returns once it answers client_version; from then on
     * a crash is followed by a restart.
     *
     * @throws ManagedRtorrentException when rtorrent is not installed, cannot start or does not
     *                                  answer within the start timeout; the message has the log tail
     * @throws IllegalStateException    when it is running already
     */
    public void start() {
        synchronized (lifecycle) {
            if (supervisor != null) {
                throw new IllegalStateException(name + ": the managed rtorrent is running already");
            }
            Path executable = RtorrentExecutable.locate(options.executable(), options.searchPath());
            long started = System.nanoTime();
            RtorrentProcess process = launch(executable, false);
            String version;
            try {
                version = process.awaitReady(url(), options.startTimeout());
            } catch (RuntimeException e) {
                discard(process);
                throw new ManagedRtorrentException(name + ": rtorrent failed to start: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                discard(process);
                Thread.currentThread().interrupt();
                throw new ManagedRtorrentException(name + ": interrupted while starting rtorrent", e);
            }
            log.info(
                    "{}: rtorrent {} (pid {}) ready on {} in {} ms",
                    name,
                    version,
                    process.pid(),
                    url(),
                    millisSince(started));
            supervisor = new RestartSupervisor(name, url(), options, () -> launch(executable, true), restarts, process);
            shutdownHook = new Thread(this::stop, "rtorrent-shutdown-" + name);
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        }
    }

    /**
     * Stops supervising first, so the exit is not taken for a crash, then stops rtorrent
     * (system.shutdown.normal, SIGTERM, SIGKILL) and removes its socket. Idempotent.
     */
    public void stop() {
        synchronized (lifecycle) {
            RestartSupervisor ending = supervisor;
            if (ending == null) {
                return;
            }
            supervisor = null;
            long started = System.nanoTime();
            RtorrentProcess process = ending.end();
            if (process != null) {
                RtorrentShutdown.stop(process, url(), options.stopTimeout(), name);
                log.info(
                        "{}: rtorrent (pid {}) stopped in {} ms, exit code {}",
                        name,
                        process.pid(),
                        millisSince(started),
                        process.exitCode());
            }
            ending.awaitEnd(options.stopTimeout());
            forgetShutdownHook();
            directory.removeSocket();
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** Where the rTorrent adapter reaches this instance: {@code scgi:///<data dir>/run/rpc.sock}. */
    public URI url() {
        return directory.url();
    }

    /** How many times rtorrent was relaunched after dying on its own, over this object's life. */
    public int restarts() {
        return restarts.get();
    }

    /** The running rtorrent's PID; empty when stopped or between a crash and its restart. */
    public OptionalLong pid() {
        RestartSupervisor running = supervisor;
        RtorrentProcess process = running == null ? null : running.current();
        return process != null && process.isAlive() ? OptionalLong.of(process.pid()) : OptionalLong.empty();
    }

    public String name() {
        return name;
    }

    private RtorrentProcess launch(Path executable, boolean appendLog) {
        directory.prepare();
        RtorrentRcFile.write(directory, ports, dht);
        return RtorrentProcess.launch(executable, directory, appendLog);
    }

    private void discard(RtorrentProcess process) {
        RtorrentShutdown.kill(process, name);
        directory.removeSocket();
    }

    private void forgetShutdownHook() {
        if (shutdownHook != null && Thread.currentThread() != shutdownHook) {
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException e) {
                // The JVM is exiting already; the hook's stop() will find nothing left to do.
            }
        }
        shutdownHook = null;
    }

    private static long millisSince(long nanoTime) {
        return Duration.ofNanos(System.nanoTime() - nanoTime).toMillis();
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("the managed rtorrent needs a name for its logs");
        }
        return name.strip();
    }
}
