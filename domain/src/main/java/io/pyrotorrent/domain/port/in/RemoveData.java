package io.pyrotorrent.domain.port.in;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.removal.JobId;
import io.pyrotorrent.domain.model.removal.RemovalJob;
import io.pyrotorrent.domain.model.removal.RemovalPreview;
import io.pyrotorrent.domain.model.removal.RemovalResult;
import java.util.List;
import java.util.Optional;

/**
 * Removes torrents together with their downloaded data, never a file outside the torrent's own
 * path, reached through a symlink leaving it, or used by another torrent of a target on the same
 * storage. Every method throws {@link io.pyrotorrent.domain.model.UnknownTargetException} for a
 * target the caller may not use, exactly as for one that does not exist.
 */
public interface RemoveData {

    /** What would go and what would stay, and why; nothing changes. */
    RemovalPreview preview(Principal caller, TargetName target, InfoHash hash);

    /** The torrent leaves rTorrent (d.erase) first, then its files go. */
    RemovalResult remove(Principal caller, TargetName target, InfoHash hash);

    /** The same for many torrents, in the background: follow it with {@link #job}. */
    JobId startRemoval(Principal caller, TargetName target, List<InfoHash> hashes);

    /** A job the caller started; anybody else's is as absent as one that never was. */
    Optional<RemovalJob> job(Principal caller, JobId id);
}
