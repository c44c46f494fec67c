package io.pyrotorrent.domain.model.files;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a target's downloads can be read here: rTorrent's path prefix (on its host) and the
 * local directory that shows the same files (a mount, or the same disk).
 */
public record StorageMapping(String remotePath, Path localPath) {
    public StorageMapping {
        Objects.requireNonNull(remotePath, "remotePath");
        Objects.requireNonNull(localPath, "localPath");
        if (!remotePath.startsWith("/")) {
            throw new IllegalArgumentException("remotePath is absolute, not '" + remotePath + "'");
        }
    }
}
