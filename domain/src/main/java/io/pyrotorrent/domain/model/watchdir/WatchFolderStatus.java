package io.pyrotorrent.domain.model.watchdir;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** What a folder's scans did since the server started: the last scan, its words, the totals. */
public record WatchFolderStatus(Optional<Instant> lastScan, String result, long added, long failed) {

    public static final WatchFolderStatus NEW = new WatchFolderStatus(Optional.empty(), "not scanned yet", 0, 0);

    public WatchFolderStatus {
        Objects.requireNonNull(lastScan, "lastScan");
        Objects.requireNonNull(result, "result");
    }
}
