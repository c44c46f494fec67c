package io.pyrotorrent.domain.job;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.job.JobItem;
import io.pyrotorrent.domain.model.job.JobStatus;
import io.pyrotorrent.domain.model.removal.JobId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Long work (moving data, hashing a new torrent) by id, for whoever started it: a job runs on the
 * server, so it outlives the browser that started it (not a restart). Only the newest {@link #KEPT}
 * finished ones are remembered, so ids cannot pile up. Shared by every kind of job.
 */
public final class Jobs {

    static final int KEPT = 100;

    private static final class Entry {
        final String owner;
        final String kind;
        final TargetName target;
        long total;
        long done;
        boolean finished;
        final List<JobItem> items = new ArrayList<>();

        Entry(String owner, String kind, TargetName target) {
            this.owner = owner;
            this.kind = kind;
            this.target = target;
        }
    }

    private final Map<JobId, Entry> jobs = new LinkedHashMap<>();

    public synchronized JobId open(String owner, String kind, TargetName target) {
        JobId id = JobId.random();
        jobs.put(id, new Entry(owner, kind, target));
        Iterator<Entry> oldest = jobs.values().iterator();
        while (jobs.size() > KEPT && oldest.hasNext()) {
            if (oldest.next().finished) {
                oldest.remove();
            }
        }
        return id;
    }

    /** More bytes to go (another torrent of a bulk move found its size). */
    public synchronized void addTotal(JobId id, long bytes) {
        jobs.get(id).total += bytes;
    }

    public synchronized void progress(JobId id, long bytes) {
        jobs.get(id).done += bytes;
    }

    public synchronized void item(JobId id, JobItem item) {
        jobs.get(id).items.add(item);
    }

    public synchronized void finish(JobId id) {
        Entry entry = jobs.get(id);
        entry.finished = true;
        entry.done = Math.max(entry.done, entry.total);
    }

    /** The job if this owner started it; anybody else's is as absent as one that never was. */
    public synchronized Optional<JobStatus> find(String owner, JobId id) {
        Entry e = jobs.get(id);
        if (e == null || !e.owner.equals(owner)) {
            return Optional.empty();
        }
        return Optional.of(new JobStatus(id, e.kind, e.target, e.total, e.done, e.finished, e.items));
    }
}
