package io.pyrotorrent.domain.rates;

import io.pyrotorrent.domain.model.rates.RateSample;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A fixed number of samples, oldest overwritten first: memory per series is fixed however long the
 * server runs. Three primitive arrays rather than objects, so a full ring is about 7 KiB at 300
 * samples. Not thread-safe: {@link RateHistory} guards it.
 */
final class RateRing {

    private final long[] at;
    private final long[] down;
    private final long[] up;
    private int next;
    private int size;

    RateRing(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("a ring holds at least one sample, not " + capacity);
        }
        at = new long[capacity];
        down = new long[capacity];
        up = new long[capacity];
    }

    void add(RateSample sample) {
        at[next] = sample.at().toEpochMilli();
        down[next] = sample.down();
        up[next] = sample.up();
        next = (next + 1) % at.length;
        size = Math.min(size + 1, at.length);
    }

    /** The samples taken at or after {@code from}, oldest first. */
    List<RateSample> since(Instant from) {
        long cutoff = from.toEpochMilli();
        var samples = new ArrayList<RateSample>(size);
        for (int i = 0; i < size; i++) {
            int slot = Math.floorMod(next - size + i, at.length);
            if (at[slot] >= cutoff) {
                samples.add(new RateSample(Instant.ofEpochMilli(at[slot]), down[slot], up[slot]));
            }
        }
        return samples;
    }

    /** When the newest sample was taken; {@link Instant#EPOCH} when empty. */
    Instant newest() {
        return size == 0 ? Instant.EPOCH : Instant.ofEpochMilli(at[Math.floorMod(next - 1, at.length)]);
    }

    /** True when the newest sample has a rate above zero. */
    boolean newestMoving() {
        int slot = Math.floorMod(next - 1, at.length);
        return size > 0 && (down[slot] > 0 || up[slot] > 0);
    }

    int size() {
        return size;
    }
}
