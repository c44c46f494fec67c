package io.pyrotorrent.app.server;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The heap all request bodies being read or handled may hold together, like the rTorrent adapter's
 * ReplyMemory for replies. Sizes were capped per request but not in total: with the 112 MB heap of
 * ./pyrotorrent, one upload of six 10 MB .torrent files, or ten JSON adds of 3.9 MB at once, ended
 * the process with an OutOfMemoryError. Now the body that finds the budget spent is refused (503,
 * try again) and the server keeps running.
 */
final class BodyMemory {

    /**
     * What one body byte costs while its request runs: the buffered body, the copy a route reads
     * (form fields, a JSON tree or an uploaded file), then the decoded .torrent. An estimate, checked
     * by BodyMemoryIT on the 112 MB heap (ten 3.9 MB JSON adds at once: three run, seven get 503).
     */
    static final int COST_PER_BYTE = 4;

    private final long budget;
    private final AtomicLong held = new AtomicLong();

    BodyMemory(long budget) {
        if (budget <= 0) {
            throw new IllegalArgumentException("a memory budget must be positive, not " + budget);
        }
        this.budget = budget;
    }

    /**
     * A quarter of the heap, as rTorrent's replies have; the rest is the mirror, the store and the
     * pages. (It was half; the fuzz run then ran the heap out, mostly because each body stayed
     * referenced until its deadline check, since fixed in BodyRead, but a quarter leaves the mirror
     * and the store their room: one request may still bring about 6 MB on the 96 MB heap.)
     */
    static BodyMemory quarterOfTheHeap() {
        return new BodyMemory(Runtime.getRuntime().maxMemory() / 4);
    }

    /** The largest body one request may bring: all of the budget, at its cost. */
    long largestBody() {
        return budget / COST_PER_BYTE;
    }

    /** Takes what {@code bodyBytes} cost from the budget, or nothing and false if it does not fit. */
    boolean reserve(long bodyBytes) {
        long cost = bodyBytes * COST_PER_BYTE;
        while (true) {
            long now = held.get();
            if (now + cost > budget) {
                return false;
            }
            if (held.compareAndSet(now, now + cost)) {
                return true;
            }
        }
    }

    /** Gives back what {@link #reserve} took for {@code bodyBytes}. */
    void release(long bodyBytes) {
        held.addAndGet(-bodyBytes * COST_PER_BYTE);
    }

    long held() {
        return held.get();
    }
}
