package io.pyrotorrent.domain.model.disk;

import io.pyrotorrent.domain.model.TargetName;
import java.util.Objects;
import java.util.Optional;

/**
 * The space left where one target downloads to, when pyroTorrent can see that directory (a storage
 * mapping, or a managed instance's own directory); empty when it cannot, and then never low.
 */
public record TargetDisk(TargetName target, Optional<DiskUsage> usage, boolean low) {

    public TargetDisk {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(usage, "usage");
        if (low && usage.isEmpty()) {
            throw new IllegalArgumentException("only a measured disk can be low");
        }
    }

    public static TargetDisk unknown(TargetName target) {
        return new TargetDisk(target, Optional.empty(), false);
    }
}
