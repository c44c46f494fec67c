package io.pyrotorrent.domain.port.in;

import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.job.JobStatus;
import io.pyrotorrent.domain.model.removal.JobId;
import java.util.Optional;

/** Follows a move or a torrent creation the caller started; anybody else's job is absent. */
public interface FollowJobs {
    Optional<JobStatus> job(Principal caller, JobId id);
}
