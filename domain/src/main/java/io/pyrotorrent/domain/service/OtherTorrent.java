package io.pyrotorrent.domain.service;

import java.nio.file.Path;

/**
 * A torrent whose files must stay: its own path (its folder, or its one file) on local disk,
 * symlinks resolved, and how to name it to the caller.
 */
record OtherTorrent(String shownAs, Path ownPath) {

    boolean uses(Path realFile) {
        return realFile.startsWith(ownPath);
    }

    /** A folder holding this torrent's path (or being it) must not go, even when empty. */
    boolean livesUnder(Path realDirectory) {
        return ownPath.startsWith(realDirectory);
    }
}
