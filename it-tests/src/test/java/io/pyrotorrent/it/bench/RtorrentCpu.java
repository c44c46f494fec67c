package io.pyrotorrent.it.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.testcontainers.containers.GenericContainer;

/**
 * rTorrent's own CPU time, read on the host from /proc/PID/stat of the container's PID 1 (utime +
 * stime): what a frontend takes from single-threaded rTorrent, whatever it sends.
 */
final class RtorrentCpu {

    /** USER_HZ: Linux reports these fields in clock ticks of 1/100 s on every common build. */
    private static final double TICKS_PER_SECOND = 100.0;

    private final Path stat;

    RtorrentCpu(GenericContainer<?> rtorrent) {
        Long pid = rtorrent.getContainerInfo().getState().getPidLong();
        this.stat = Path.of("/proc", Long.toString(pid), "stat");
    }

    /** CPU seconds rTorrent has used since it started. */
    double seconds() {
        try {
            String line = Files.readString(stat);
            // The command name (field 2) is in parentheses and may hold spaces: split after it.
            String[] fields = line.substring(line.lastIndexOf(')') + 2).split(" ");
            // fields[0] is field 3 (state); utime is field 14, stime field 15.
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / TICKS_PER_SECOND;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read rTorrent's CPU time from " + stat, e);
        }
    }

    /**
     * Waits (at most {@code maxSeconds}) until rTorrent's CPU use over 2 s falls below 1 s per
     * minute: after loading thousands of torrents it keeps working for a while (0.16 longer), and
     * an idle window taken then measures that, not idleness.
     */
    String settle(int maxSeconds) {
        long start = System.nanoTime();
        long deadline = start + maxSeconds * 1_000_000_000L;
        double last = Double.NaN;
        while (System.nanoTime() < deadline) {
            last = perMinute(2);
            if (last < 1.0) {
                break;
            }
        }
        return String.format(
                java.util.Locale.ROOT,
                "%.0f s until below 1 s/min (last 2 s: %.2f s/min)",
                (System.nanoTime() - start) / 1e9,
                last);
    }

    /** rTorrent's CPU seconds per minute over a window of {@code seconds}, while {@code during} holds. */
    double perMinute(double seconds) {
        double before = seconds();
        long start = System.nanoTime();
        Pacing.sleep((long) (seconds * 1000));
        double wall = (System.nanoTime() - start) / 1e9;
        return (seconds() - before) * 60.0 / wall;
    }
}
