package io.pyrotorrent.app.managed;

import io.pyrotorrent.domain.model.TorrentClientException;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops one rtorrent, escalating: system.shutdown.normal first, because only a clean exit saves
 * the session; then SIGTERM; then SIGKILL, so no rtorrent is ever left behind.
 */
final class RtorrentShutdown {

    private static final Logger log = LoggerFactory.getLogger(RtorrentShutdown.class);
    private static final Duration SIGNAL_GRACE = Duration.ofSeconds(5);

    private RtorrentShutdown() {}

    static void stop(RtorrentProcess rtorrent, URI url, Duration politeTimeout, String name) {
        Process process = rtorrent.process();
        try {
            if (askPolitely(url, politeTimeout, process, name)) {
                return;
            }
            kill(rtorrent, name);
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    /** For a process that never became ready: SIGTERM, then SIGKILL. */
    static void kill(RtorrentProcess rtorrent, String name) {
        Process process = rtorrent.process();
        try {
            process.destroy();
            if (!process.waitFor(SIGNAL_GRACE.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn(
                        "{}: rtorrent (pid {}) ignored SIGTERM for {}; sending SIGKILL",
                        name,
                        process.pid(),
                        SIGNAL_GRACE);
                process.destroyForcibly();
                process.waitFor(SIGNAL_GRACE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static boolean askPolitely(URI url, Duration timeout, Process process, String name)
            throws InterruptedException {
        if (!process.isAlive()) {
            return true;
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            RtorrentProcess.client(url, timeout).requestShutdown();
        } catch (TorrentClientException e) {
            // SIGTERM makes rtorrent save its session too, so there is nothing to wait for.
            log.warn("{}: system.shutdown.normal failed ({}); sending SIGTERM", name, e.getMessage());
            return false;
        }
        if (process.waitFor(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS)) {
            return true;
        }
        log.warn(
                "{}: rtorrent (pid {}) did not stop within {} of system.shutdown.normal; sending SIGTERM",
                name,
                process.pid(),
                timeout);
        return false;
    }
}
