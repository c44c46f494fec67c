package io.pyrotorrent.domain.move;

import java.nio.file.Path;
import java.util.List;

/**
 * A checked move: the torrent's own path (its folder or its one file), symlinks resolved, every
 * file inside it; where it goes; and what rTorrent is told (the folder itself, d.directory_base,
 * for a multi-file torrent; the parent, d.directory, for one file).
 *
 * @param files each file relative to {@code from} (empty for a single-file torrent: {@code from} is the file)
 */
record MovePlan(Path from, Path to, List<Path> files, long bytes, String remoteDirectory, boolean exact) {
    MovePlan {
        files = List.copyOf(files);
    }
}
