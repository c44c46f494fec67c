package io.pyrotorrent.domain.model.disk;

/**
 * One file system's space as this process may use it: {@code freeBytes} is what a write can still
 * take (the root-reserved blocks are not in it), {@code totalBytes} the size of the file system.
 */
public record DiskUsage(long freeBytes, long totalBytes) {

    public DiskUsage {
        if (freeBytes < 0 || totalBytes < 0 || freeBytes > totalBytes) {
            throw new IllegalArgumentException(
                    "expected 0 <= free <= total bytes, got free " + freeBytes + " of " + totalBytes);
        }
    }

    /** Free space in percent of the whole, 0 for a file system of no size. */
    public double freePercent() {
        return totalBytes == 0 ? 0 : 100.0 * freeBytes / totalBytes;
    }
}
