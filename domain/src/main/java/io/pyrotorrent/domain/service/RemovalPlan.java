package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.model.removal.DataFile;
import io.pyrotorrent.domain.model.removal.RemovalPreview;
import java.nio.file.Path;
import java.util.List;

/**
 * A preview plus what it needs to be carried out: each file to delete as a real local path, the
 * torrent's own path (real) that every deletion must stay inside, and the torrents whose folders
 * must outlive it.
 */
record RemovalPlan(RemovalPreview preview, List<Deletion> deletions, Path ownPath, OtherTorrents others) {

    /** One file to delete: as shown to the caller, and where it is here. */
    record Deletion(DataFile shown, Path local) {}

    RemovalPlan {
        deletions = List.copyOf(deletions);
    }

    static RemovalPlan notVisible(RemovalPreview.NotVisible preview) {
        return new RemovalPlan(preview, List.of(), Path.of("/"), new OtherTorrents());
    }
}
