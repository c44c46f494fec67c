package io.pyrotorrent.domain.model.watchdir;

import java.time.Instant;
import java.util.Objects;

/** A regular file ending .torrent directly in a watch folder (never a link, never in a subfolder). */
public record DroppedFile(String name, long size, Instant modified) {
    public DroppedFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(modified, "modified");
        if (name.isEmpty() || name.contains("/") || name.equals(".") || name.equals("..")) {
            throw new IllegalArgumentException("a dropped file is named without a path, not '" + name + "'");
        }
    }
}
