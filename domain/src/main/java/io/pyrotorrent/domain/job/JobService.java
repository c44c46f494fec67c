package io.pyrotorrent.domain.job;

import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.job.JobStatus;
import io.pyrotorrent.domain.model.removal.JobId;
import io.pyrotorrent.domain.port.in.FollowJobs;
import java.util.Optional;

/** Following jobs: the caller's own, by id. */
public final class JobService implements FollowJobs {

    private final Jobs jobs;

    public JobService(Jobs jobs) {
        this.jobs = jobs;
    }

    @Override
    public Optional<JobStatus> job(Principal caller, JobId id) {
        return jobs.find(caller.name(), id);
    }
}
