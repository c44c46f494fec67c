package io.pyrotorrent.domain.model.removal;

import io.pyrotorrent.domain.model.TargetName;
import java.util.List;
import java.util.Objects;

/** A bulk removal as it stands: how many of how many torrents are done, and each one's result. */
public record RemovalJob(JobId id, TargetName target, int total, List<RemovalResult> results, boolean finished) {
    public RemovalJob {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(target, "target");
        results = List.copyOf(results);
    }

    public int done() {
        return results.size();
    }
}
