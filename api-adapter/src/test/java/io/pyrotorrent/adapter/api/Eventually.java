package io.pyrotorrent.adapter.api;

import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

/** Polls a condition until a deadline, instead of sleeping a fixed time. */
public final class Eventually {

    private Eventually() {}

    public static void until(String what, BooleanSupplier condition) {
        until(what, Duration.ofSeconds(10), () -> {}, condition);
    }

    /** Runs {@code step} between checks (e.g. publish another event). */
    public static void until(String what, Duration timeout, Runnable step, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(timeout);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting until " + what);
            }
            step.run();
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
