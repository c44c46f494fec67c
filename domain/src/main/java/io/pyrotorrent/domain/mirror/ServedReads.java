package io.pyrotorrent.domain.mirror;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;

/**
 * How a mirrored target's readers were served, counted: what the metrics show an operator (and
 * the benchmark) about why a page took what it took. A read that waited for a poll also adds its
 * wait, so a busy rTorrent that holds polls up shows as wait seconds, not as a mystery.
 */
public final class ServedReads {

    /** The ways a read that the mirror could answer was served. */
    public enum How {
        /** From a view fresh enough, without waiting. */
        FRESH,
        /** After waiting for a poll (the view was older than a reader may get). */
        AFTER_POLL,
        /** After waiting for a late poll that did not come in time: the view it left. */
        LATE,
        /** After an idle spell, a page painted from the kept rows. */
        KEPT,
        /** From rTorrent itself: the mirror was failing, filling or too old. */
        LIVE
    }

    private final Map<How, LongAdder> counts = new EnumMap<>(How.class);
    private final AtomicLong waitedNanos = new AtomicLong();

    ServedReads() {
        for (How how : How.values()) {
            counts.put(how, new LongAdder());
        }
    }

    void served(How how) {
        counts.get(how).increment();
    }

    void waited(long nanos) {
        waitedNanos.addAndGet(nanos);
    }

    public long count(How how) {
        return counts.get(how).sum();
    }

    /** The time readers spent waiting for polls, in all. */
    public double waitedSeconds() {
        return waitedNanos.get() / 1e9;
    }
}
