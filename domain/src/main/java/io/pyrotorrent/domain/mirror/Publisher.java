package io.pyrotorrent.domain.mirror;

import java.time.Duration;

/** Holds the published view; readers take it without a lock and may wait for the next one. */
final class Publisher {

    private final Object monitor = new Object();
    private volatile MirrorView view = MirrorView.EMPTY;
    private volatile long publications;

    MirrorView view() {
        return view;
    }

    long publications() {
        return publications;
    }

    void publish(MirrorView next) {
        synchronized (monitor) {
            view = next;
            publications++;
            monitor.notifyAll();
        }
    }

    /** The view once one was published after {@code seen} publications, or the last one after {@code bound}. */
    MirrorView awaitAfter(long seen, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        synchronized (monitor) {
            long left;
            while (publications == seen && (left = deadline - System.nanoTime()) > 0) {
                try {
                    monitor.wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    break;
                }
            }
            return view;
        }
    }
}
