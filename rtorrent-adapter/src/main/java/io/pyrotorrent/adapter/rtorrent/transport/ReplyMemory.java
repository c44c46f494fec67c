package io.pyrotorrent.adapter.rtorrent.transport;

import java.util.concurrent.atomic.AtomicLong;

/**
 * The memory all replies being read may hold together. Each reply reserves its buffer here before
 * growing it, so however many calls are in flight, servers that stream without end (hostile, or
 * broken) cannot exhaust the heap: the call that finds the budget spent fails alone, as a
 * ProtocolError, and the server keeps running. Measured without it: one endless reply took a
 * 160 MB heap (./pyrotorrent's default then; -Xmx112m now) to an OutOfMemoryError while its buffer
 * doubled to 64 MiB.
 */
final class ReplyMemory {

    /**
     * A quarter of the heap: rTorrent's replies for 20,000 torrents (8-16 MB) fit with room to spare,
     * while pages, templates and the parsed replies keep the rest.
     */
    static final ReplyMemory SHARED = new ReplyMemory(Runtime.getRuntime().maxMemory() / 4);

    private final long budget;
    private final AtomicLong held = new AtomicLong();

    ReplyMemory(long budget) {
        this.budget = budget;
    }

    /** Takes {@code bytes} from the budget, or nothing and false if they do not fit. */
    boolean reserve(long bytes) {
        while (true) {
            long now = held.get();
            if (now + bytes > budget) {
                return false;
            }
            if (held.compareAndSet(now, now + bytes)) {
                return true;
            }
        }
    }

    void release(long bytes) {
        held.addAndGet(-bytes);
    }

    long budget() {
        return budget;
    }

    long held() {
        return held.get();
    }
}
