package io.pyrotorrent.domain.model.removal;

import java.util.Objects;

/** A file that stays on disk, and why: "used by another torrent", "leaves the torrent's folder", ... */
public record KeptFile(String path, String reason) {
    public KeptFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(reason, "reason");
    }
}
