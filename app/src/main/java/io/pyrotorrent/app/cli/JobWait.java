package io.pyrotorrent.app.cli;

import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.job.JobItem;
import io.pyrotorrent.domain.model.job.JobStatus;
import io.pyrotorrent.domain.model.removal.JobId;
import io.pyrotorrent.domain.port.in.FollowJobs;
import java.io.PrintWriter;

/**
 * Follows a job to its end for a command line: a line each time another tenth is done, then each
 * item's result. The job runs in this process, so the command must not end before it does.
 */
final class JobWait {

    private static final long POLL_MILLIS = 200;

    private JobWait() {}

    /** The finished job; its items are printed, failures to {@code err}. */
    static JobStatus follow(FollowJobs jobs, JobId id, PrintWriter out, PrintWriter err) {
        int shown = -1;
        JobStatus job = jobs.job(Principal.LOCAL, id).orElseThrow();
        while (!job.finished()) {
            if (job.percent() / 10 > shown) {
                shown = job.percent() / 10;
                out.println(job.kind() + ": " + job.percent() + "% (" + job.done() + " of " + job.total() + " bytes)");
                out.flush();
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            job = jobs.job(Principal.LOCAL, id).orElseThrow();
        }
        for (JobItem item : job.items()) {
            (item.ok() ? out : err)
                    .println((item.ok() ? "" : "pyrotorrent: ") + item.subject() + ": " + item.message());
        }
        return job;
    }

    static boolean allOk(JobStatus job) {
        return job.finished() && job.items().stream().allMatch(JobItem::ok);
    }
}
