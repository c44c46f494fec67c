package io.pyrotorrent.domain.move;

import io.pyrotorrent.domain.model.InfoHash;
import java.util.List;

/**
 * What rTorrent says about a torrent before it moves: where it is (d.directory, the folder itself
 * for a multi-file torrent, the parent of the one file otherwise), its files (f.path) and the
 * state to restore afterwards.
 */
record MoveFacts(
        InfoHash hash,
        String name,
        String directory,
        boolean multiFile,
        boolean started,
        boolean open,
        boolean active,
        List<String> files) {

    MoveFacts {
        files = List.copyOf(files);
    }
}
