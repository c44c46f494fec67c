package io.pyrotorrent.domain.move;

import io.pyrotorrent.domain.job.Jobs;
import io.pyrotorrent.domain.model.DownloadDirectory;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.files.StorageMapping;
import io.pyrotorrent.domain.model.job.JobItem;
import io.pyrotorrent.domain.model.removal.JobId;
import io.pyrotorrent.domain.port.in.MoveData;
import io.pyrotorrent.domain.port.out.TorrentClient;
import io.pyrotorrent.domain.service.Access;
import io.pyrotorrent.domain.service.Targets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executor;

/**
 * Moving torrents' data, one torrent after the other in a job: a bulk move of a whole selection
 * would otherwise compete with itself for the same disk.
 */
public final class MoveService implements MoveData {

    private final Access access;
    private final Map<TargetName, StorageMapping> storage;
    private final Jobs jobs;
    private final Executor executor;
    private final boolean renameFirst;

    public MoveService(Targets targets, Map<TargetName, StorageMapping> storage, Jobs jobs, Executor executor) {
        this(targets, storage, jobs, executor, true);
    }

    /** {@code renameFirst} false copies even where a rename would do: how tests reach the copy path. */
    MoveService(
            Targets targets,
            Map<TargetName, StorageMapping> storage,
            Jobs jobs,
            Executor executor,
            boolean renameFirst) {
        this.access = new Access(targets);
        this.storage = Map.copyOf(storage);
        this.jobs = jobs;
        this.executor = executor;
        this.renameFirst = renameFirst;
    }

    @Override
    public JobId startMove(
            Principal caller,
            TargetName target,
            List<InfoHash> hashes,
            DownloadDirectory destination,
            boolean recheck) {
        TorrentClient client = access.client(caller, target);
        StorageMapping mapping = storage.get(target);
        if (mapping == null) {
            throw new IllegalArgumentException(
                    "pyroTorrent cannot see this target's files: it has no storage mapping, so nothing can move");
        }
        if (hashes.isEmpty()) {
            throw new IllegalArgumentException("hashes: name at least one torrent to move");
        }
        MovePlanner.destination(mapping, destination);
        JobId id = jobs.open(caller.name(), "move", target);
        var move = new TorrentMove(client, mapping, destination, recheck, renameFirst);
        executor.execute(() -> {
            try {
                for (InfoHash hash : hashes) {
                    jobs.item(id, move.run(hash, bytes -> jobs.addTotal(id, bytes), bytes -> jobs.progress(id, bytes)));
                }
            } catch (RuntimeException e) {
                jobs.item(id, new JobItem("move", false, "the job stopped: " + e.getMessage()));
            } finally {
                jobs.finish(id);
            }
        });
        return id;
    }
}
