package io.pyrotorrent.adapter.web.http;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * At most a few pages rendered at once. A list page of 200 rows is about 1 MB of text while it is
 * made (its rows, the page around them, the string handed to the server), and the server runs ~16
 * requests at once: at 20,000 torrents 100 clients with 20 event streams sent the 96 MB heap out of
 * memory in one benchmark run of three (2026-12-07 13:38), the pages in flight on top of the
 * mirror's 40-50 MB. Two cores render no faster with more pages at once, so the rest wait their turn
 * (a page takes 5-40 ms); one that waits longer than {@link #WAIT} is told the server is busy.
 */
final class RenderGate {

    static final int AT_ONCE = 4;
    static final Duration WAIT = Duration.ofSeconds(30);

    private final Semaphore permits;
    private final Duration wait;

    RenderGate() {
        this(AT_ONCE, WAIT);
    }

    RenderGate(int atOnce, Duration wait) {
        this.permits = new Semaphore(atOnce, true);
        this.wait = wait;
    }

    /** The page, or empty when no turn came within the wait (or the thread was interrupted). */
    <T> Optional<T> render(Supplier<T> page) {
        try {
            if (!permits.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS)) {
                return Optional.empty();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
        try {
            return Optional.of(page.get());
        } finally {
            permits.release();
        }
    }
}
