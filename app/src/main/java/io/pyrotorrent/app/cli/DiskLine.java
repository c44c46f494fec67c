package io.pyrotorrent.app.cli;

import io.pyrotorrent.domain.model.disk.TargetDisk;
import java.util.Locale;

/** {@code status}'s line about a target's download disk, in the binary units the web pages use. */
final class DiskLine {

    private static final String[] PREFIXES = {"B", "KiB", "MiB", "GiB", "TiB", "PiB"};

    private DiskLine() {}

    static String of(TargetDisk disk) {
        return disk.usage()
                .map(usage -> "disk: " + bytes(usage.freeBytes()) + " free of " + bytes(usage.totalBytes())
                        + String.format(Locale.ROOT, " (%.0f%%)", usage.freePercent())
                        + (disk.low() ? ", LOW (below disk.lowSpaceWarning)" : ""))
                .orElse("disk: unknown (its download directory is not visible here: no storage mapping)");
    }

    static String bytes(long bytes) {
        double value = bytes;
        int prefix = 0;
        while (value >= 1024 && prefix < PREFIXES.length - 1) {
            value /= 1024;
            prefix++;
        }
        return prefix == 0
                ? bytes + " B"
                : String.format(
                        Locale.ROOT,
                        value < 10 ? "%.2f %s" : value < 100 ? "%.1f %s" : "%.0f %s",
                        value,
                        PREFIXES[prefix]);
    }
}
