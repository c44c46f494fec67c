package io.pyrotorrent.app.managed;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps one started rtorrent running: whenever it dies on its own it is launched again after a
 * growing delay, on a daemon thread, until {@link #end()}. One supervisor per start.
 */
final class RestartSupervisor {

    private static final Logger log = LoggerFactory.getLogger(RestartSupervisor.class);

    private final String name;
    private final URI url;
    private final Duration startTimeout;
    private final Supplier<RtorrentProcess> relaunch;
    private final AtomicInteger restarts;
    private final RestartBackoff backoff;
    private final ScheduledExecutorService scheduler;
    private boolean supervising = true;
    private RtorrentProcess current;

    RestartSupervisor(
            String name,
            URI url,
            ManagedRtorrentOptions options,
            Supplier<RtorrentProcess> relaunch,
            AtomicInteger restarts,
            RtorrentProcess started) {
        this.name = name;
        this.url = url;
        this.startTimeout = options.startTimeout();
        this.relaunch = relaunch;
        this.restarts = restarts;
        this.backoff =
                new RestartBackoff(options.firstRestartDelay(), options.maxRestartDelay(), options.stableAfter());
        this.scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "rtorrent-supervisor-" + name);
            thread.setDaemon(true);
            return thread;
        });
        this.current = started;
        watch(started);
    }

    /** The process now running or starting; null between a crash and its restart. */
    synchronized RtorrentProcess current() {
        return current;
    }

    /** Stops supervising and hands back the process for the caller to stop, or null. */
    RtorrentProcess end() {
        RtorrentProcess last;
        synchronized (this) {
            supervising = false;
            last = current;
            current = null;
        }
        // Interrupts a restart waiting for readiness; its process is the one handed back.
        scheduler.shutdownNow();
        return last;
    }

    void awaitEnd(Duration timeout) {
        try {
            if (!scheduler.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                log.warn("{}: the rtorrent supervisor did not end within {}", name, timeout);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void watch(RtorrentProcess process) {
        process.onExit().thenRun(() -> exited(process));
    }

    private synchronized void exited(RtorrentProcess process) {
        if (!supervising || current != process) {
            return;
        }
        current = null;
        Duration delay = backoff.delayAfter(process.uptime());
        log.warn(
                "{}: rtorrent (pid {}) exited on its own with code {} after {} ms; restarting in {} ms; {}",
                name,
                process.pid(),
                process.exitCode(),
                process.uptime().toMillis(),
                delay.toMillis(),
                process.logTail());
        scheduler.schedule(this::restart, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void restart() {
        RtorrentProcess process;
        int attempt;
        synchronized (this) {
            if (!supervising) {
                return;
            }
            attempt = restarts.incrementAndGet();
            try {
                process = relaunch.get();
            } catch (RuntimeException e) {
                retryLater(attempt, e);
                return;
            }
            current = process;
        }
        try {
            String version = process.awaitReady(url, startTimeout);
            log.info("{}: rtorrent {} (pid {}) is back after restart #{}", name, version, process.pid(), attempt);
            watch(process);
        } catch (RuntimeException e) {
            // Whatever went wrong, a task that ends here would end the supervision for good.
            RtorrentShutdown.kill(process, name);
            synchronized (this) {
                if (supervising && current == process) {
                    current = null;
                    retryLater(attempt, e);
                }
            }
        } catch (InterruptedException e) {
            // end() interrupted the wait and stops this process itself.
            Thread.currentThread().interrupt();
        }
    }

    /** Called holding the lock, while still supervising. */
    private void retryLater(int attempt, RuntimeException failure) {
        Duration delay = backoff.delayAfter(Duration.ZERO);
        log.error(
                "{}: restart #{} of rtorrent failed, next attempt in {} ms: {}",
                name,
                attempt,
                delay.toMillis(),
                failure.getMessage());
        scheduler.schedule(this::restart, delay.toMillis(), TimeUnit.MILLISECONDS);
    }
}
