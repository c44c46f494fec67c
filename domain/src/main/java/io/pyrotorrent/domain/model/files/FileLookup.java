package io.pyrotorrent.domain.model.files;

import java.nio.file.Path;
import java.util.Objects;

/** Where a torrent's file is readable here, or why it cannot be served. */
public sealed interface FileLookup {

    /** A regular file inside the torrent's own directory, symlinks resolved. */
    record Found(Path path, String name, long size) implements FileLookup {
        public Found {
            Objects.requireNonNull(path, "path");
            Objects.requireNonNull(name, "name");
        }
    }

    /** The target has no storage mapping, or the file is not (yet) there. */
    record NotAvailable(String reason) implements FileLookup {}

    /** The path resolves outside the torrent's directory (a "..", or a symlink out): never served. */
    record Forbidden(String reason) implements FileLookup {}
}
