package io.pyrotorrent.domain.port.in;

import io.pyrotorrent.domain.model.DownloadDirectory;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.removal.JobId;
import java.util.List;

/**
 * Moves torrents' data to another folder under the same storage and points rTorrent there. A
 * target the caller may not use throws {@link io.pyrotorrent.domain.model.UnknownTargetException},
 * exactly as one that does not exist.
 */
public interface MoveData {

    /**
     * Moves each torrent, one after the other, in the background: follow it with {@link FollowJobs}.
     *
     * @param destination the folder on rTorrent's host the torrents' data goes into (each keeps its
     *     own file or folder name there)
     * @param recheck whether rTorrent checks the pieces at the new place afterwards
     * @throws IllegalArgumentException when the target's files cannot be reached here or the
     *     destination lies outside its storage, naming why
     */
    JobId startMove(
            Principal caller, TargetName target, List<InfoHash> hashes, DownloadDirectory destination, boolean recheck);
}
