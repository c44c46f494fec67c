package io.pyrotorrent.domain.service;

import java.nio.file.Path;

/**
 * A torrent whose files must stay: its own path (its folder, or its one file) on local disk,
 * symlinks resolved, and how to name it to the caller.
 */
record OtherTorrent(String shownAs, Path ownPath) {}
