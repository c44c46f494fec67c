package io.pyrotorrent.it.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;

/** Where screenshots go (it-tests/target/screenshots/) and how they are named. */
final class Screenshots {

    /** Numbers the shots failed waits take, across every browser of this JVM. */
    private static final AtomicInteger TIMEOUTS = new AtomicInteger();

    private Screenshots() {}

    /**
     * Whether the tests that only take screenshots for a person to look at (no check of their own)
     * run: with {@code -Dscreenshots=true} or {@code -Dscreenshots.docs=true}. The test command
     * leaves them out: they took about a minute of its time and can fail only by crashing.
     */
    static void onlyWhenAskedFor() {
        org.junit.jupiter.api.Assumptions.assumeTrue(
                Boolean.getBoolean("screenshots") || Boolean.getBoolean("screenshots.docs"),
                "screenshots for a person to look at: run with -Dscreenshots=true");
    }

    static Path dir() {
        return Path.of(System.getProperty("basedir", System.getProperty("user.dir")), "target", "screenshots")
                .toAbsolutePath()
                .normalize();
    }

    /** {@code timeout-<n>}: a new name for each wait that timed out. */
    static String nextTimeoutName() {
        return "timeout-" + TIMEOUTS.incrementAndGet();
    }

    /** name may include ".png" and is reduced to [A-Za-z0-9._-]; overwrites; returns the file. */
    static Path write(String name, byte[] png) {
        String file = name.replaceAll("[^A-Za-z0-9._-]", "_");
        if (!file.endsWith(".png")) {
            file += ".png";
        }
        try {
            Path dir = Files.createDirectories(dir());
            return Files.write(dir.resolve(file), png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
