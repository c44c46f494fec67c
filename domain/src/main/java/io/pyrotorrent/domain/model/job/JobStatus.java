package io.pyrotorrent.domain.model.job;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.removal.JobId;
import java.util.List;
import java.util.Objects;

/**
 * A background job as it stands: which kind ("move", "create"), how many bytes of how many are
 * done (copied, hashed), whether it has ended, and how each of its items ended so far.
 */
public record JobStatus(
        JobId id, String kind, TargetName target, long total, long done, boolean finished, List<JobItem> items) {
    public JobStatus {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(target, "target");
        items = List.copyOf(items);
    }

    /** Whole percent done; a job of no bytes is 100 once finished. */
    public int percent() {
        if (total <= 0) {
            return finished ? 100 : 0;
        }
        return (int) Math.min(100, done * 100 / total);
    }
}
