package io.pyrotorrent.domain.port.in;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.create.CreatedTorrent;
import io.pyrotorrent.domain.model.create.NewTorrent;
import io.pyrotorrent.domain.model.removal.JobId;
import java.util.Optional;

/**
 * Makes a .torrent from data on a target's storage. A target the caller may not use throws
 * {@link io.pyrotorrent.domain.model.UnknownTargetException}, exactly as one that does not exist.
 */
public interface CreateTorrents {

    /**
     * Hashes in the background (follow it with {@link FollowJobs}), then adds it if asked.
     *
     * @throws IllegalArgumentException when the source cannot be reached here, naming why
     */
    JobId startCreate(Principal caller, TargetName target, NewTorrent torrent);

    /** The .torrent once hashed, for whoever started the job; anybody else's is absent. */
    Optional<CreatedTorrent> created(Principal caller, JobId id);
}
