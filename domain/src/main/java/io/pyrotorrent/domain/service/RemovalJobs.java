package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.removal.JobId;
import io.pyrotorrent.domain.model.removal.RemovalJob;
import io.pyrotorrent.domain.model.removal.RemovalResult;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Bulk removals in memory, by id, for whoever started them: a job outlives the browser that
 * started it (not a restart). Only the newest {@link #KEPT} are remembered, so ids cannot pile up.
 */
final class RemovalJobs {

    static final int KEPT = 100;

    private static final class Entry {
        final String owner;
        final TargetName target;
        final int total;
        // Guarded by the jobs' lock; a copy-on-write list copied itself on each of 1,000 adds.
        final List<RemovalResult> results = new ArrayList<>();
        volatile boolean finished;

        Entry(String owner, TargetName target, int total) {
            this.owner = owner;
            this.target = target;
            this.total = total;
        }
    }

    private final Map<JobId, Entry> jobs = new LinkedHashMap<>();

    synchronized JobId open(String owner, TargetName target, int total) {
        JobId id = JobId.random();
        jobs.put(id, new Entry(owner, target, total));
        Iterator<Entry> oldest = jobs.values().iterator();
        while (jobs.size() > KEPT && oldest.hasNext()) {
            if (oldest.next().finished) {
                oldest.remove();
            }
        }
        return id;
    }

    synchronized void add(JobId id, RemovalResult result) {
        jobs.get(id).results.add(result);
    }

    synchronized void finish(JobId id) {
        jobs.get(id).finished = true;
    }

    synchronized Optional<RemovalJob> find(String owner, JobId id) {
        Entry entry = jobs.get(id);
        if (entry == null || !entry.owner.equals(owner)) {
            return Optional.empty();
        }
        return Optional.of(new RemovalJob(id, entry.target, entry.total, entry.results, entry.finished));
    }
}
