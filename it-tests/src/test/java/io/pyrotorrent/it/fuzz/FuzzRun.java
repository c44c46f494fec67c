package io.pyrotorrent.it.fuzz;

import java.io.IOException;
import java.util.SplittableRandom;

/**
 * Runs one fuzz property: a fixed number of requests from a fixed seed. Request {@code i} is
 * drawn from its own random, made from the seed, the property's name and {@code i}, so it is the
 * same in every run with that seed whatever the requests before it were. A failure names the
 * seed, the property, the index and the whole request; there is no shrinking.
 *
 * <p>The seed is {@value #DEFAULT_SEED} unless {@code -Dfuzz.seed=...} says otherwise (to explore
 * other inputs, or to repeat a run that printed another seed).
 */
final class FuzzRun {

    static final long DEFAULT_SEED = 20261124L;
    static final String SEED_PROPERTY = "fuzz.seed";

    /** What one request must pass; throws (an AssertionError, say) when it does not. */
    @FunctionalInterface
    interface Check {
        void verify(FuzzRequest request) throws IOException;
    }

    private FuzzRun() {}

    static long seed() {
        return Long.getLong(SEED_PROPERTY, DEFAULT_SEED);
    }

    static void run(String property, int count, Gen<FuzzRequest> requests, Check check) {
        long seed = seed();
        for (int i = 0; i < count; i++) {
            FuzzRequest request = null;
            try {
                request = requests.next(random(seed, property, i));
                check.verify(request);
            } catch (AssertionError | IOException | RuntimeException e) {
                throw new AssertionError(report(seed, property, i, count, request, e), e);
            }
        }
    }

    /** SplittableRandom mixes its seed, so neighbouring seeds give unrelated streams. */
    static SplittableRandom random(long seed, String property, int index) {
        return new SplittableRandom(seed * 1_000_003L + property.hashCode() * 65_537L + index);
    }

    private static String report(
            long seed, String property, int index, int count, FuzzRequest request, Throwable cause) {
        return "fuzz '%s' failed at request %d of %d (seed %d; repeat with -D%s=%d)%n%s%ncause: %s"
                .formatted(
                        property,
                        index,
                        count,
                        seed,
                        SEED_PROPERTY,
                        seed,
                        request == null ? "(the generator itself failed)" : request.describe(),
                        cause);
    }
}
