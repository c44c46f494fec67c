package io.pyrotorrent.domain.model.removal;

import java.util.Objects;

/** One of a torrent's files as rTorrent names it (f.path), with its size on disk. */
public record DataFile(String path, long bytes) {
    public DataFile {
        Objects.requireNonNull(path, "path");
        if (bytes < 0) {
            throw new IllegalArgumentException("a file has 0 or more bytes, not " + bytes);
        }
    }
}
