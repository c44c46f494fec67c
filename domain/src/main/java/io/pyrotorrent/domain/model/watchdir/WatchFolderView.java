package io.pyrotorrent.domain.model.watchdir;

import java.util.Objects;

/** A folder as a user sees it: its settings and what its scans did. */
public record WatchFolderView(WatchFolder folder, WatchFolderStatus status) {
    public WatchFolderView {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(status, "status");
    }
}
