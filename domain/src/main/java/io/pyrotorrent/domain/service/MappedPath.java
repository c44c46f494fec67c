package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.model.files.StorageMapping;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/** rTorrent's absolute path as a local one through a storage mapping: lexically inside its root, or nothing. */
public final class MappedPath {

    private MappedPath() {}

    public static Optional<Path> local(StorageMapping mapping, String remote) {
        String prefix = mapping.remotePath().endsWith("/") ? mapping.remotePath() : mapping.remotePath() + "/";
        if (!(remote + "/").startsWith(prefix)) {
            return Optional.empty();
        }
        Path root = root(mapping);
        Path local = root.resolve(remote.substring(Math.min(prefix.length(), remote.length())))
                .normalize();
        return local.startsWith(root) ? Optional.of(local) : Optional.empty();
    }

    public static Path root(StorageMapping mapping) {
        return mapping.localPath().toAbsolutePath().normalize();
    }

    /** Symlinks resolved where the path exists; as it stands where it does not (yet). */
    public static Path real(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException absent) {
            return path.toAbsolutePath().normalize();
        }
    }

    /** Two mappings share storage when one's real root holds the other's. */
    public static boolean overlap(StorageMapping a, StorageMapping b) {
        Path ra = real(root(a));
        Path rb = real(root(b));
        return ra.startsWith(rb) || rb.startsWith(ra);
    }
}
