package io.pyrotorrent.app.config;

import io.pyrotorrent.domain.model.disk.LowSpaceWarning;
import java.util.Objects;

/**
 * Disk space shown per target (header, /health, /metrics, {@code status}).
 *
 * @param lowSpaceWarning below this, a target's free space is flagged: a share ({@code 5%}) or a
 *     size ({@code 50GB})
 */
public record DiskConfig(LowSpaceWarning lowSpaceWarning) {

    public DiskConfig {
        Objects.requireNonNull(lowSpaceWarning, "lowSpaceWarning");
    }

    public static DiskConfig defaults() {
        return new DiskConfig(LowSpaceWarning.DEFAULT);
    }
}
