package io.pyrotorrent.domain.model.disk;

/**
 * When a download directory's free space counts as low: below a number of bytes, or below a share
 * of its file system. A share suits disks of any size; bytes suit "the next season must fit".
 */
public sealed interface LowSpaceWarning {

    /** The default: 5 % of the file system, where most file systems start to fragment and slow down. */
    LowSpaceWarning DEFAULT = new Percent(5);

    boolean isLow(DiskUsage usage);

    /** Low below {@code bytes} free. */
    record Bytes(long bytes) implements LowSpaceWarning {
        public Bytes {
            if (bytes < 0) {
                throw new IllegalArgumentException("expected 0 bytes or more, got " + bytes);
            }
        }

        @Override
        public boolean isLow(DiskUsage usage) {
            return usage.freeBytes() < bytes;
        }
    }

    /** Low below {@code percent} of the file system free. */
    record Percent(double percent) implements LowSpaceWarning {
        public Percent {
            if (!(percent >= 0 && percent <= 100)) {
                throw new IllegalArgumentException("expected 0 to 100 percent, got " + percent);
            }
        }

        @Override
        public boolean isLow(DiskUsage usage) {
            return usage.freePercent() < percent;
        }
    }
}
