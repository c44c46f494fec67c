package io.pyrotorrent.domain.model.watchdir;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import java.util.Objects;

/**
 * Written before a dropped file goes to rTorrent and removed once it is moved aside: one left
 * over after a crash is settled by its info-hash, so the file is never added twice.
 */
public record WatchIntent(TargetName target, String fileName, InfoHash hash) {
    public WatchIntent {
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(hash, "hash");
    }
}
