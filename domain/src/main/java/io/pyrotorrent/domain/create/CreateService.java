package io.pyrotorrent.domain.create;

import io.pyrotorrent.domain.job.Jobs;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.create.CreatedTorrent;
import io.pyrotorrent.domain.model.create.NewTorrent;
import io.pyrotorrent.domain.model.files.StorageMapping;
import io.pyrotorrent.domain.model.job.JobItem;
import io.pyrotorrent.domain.model.removal.JobId;
import io.pyrotorrent.domain.port.in.CreateTorrents;
import io.pyrotorrent.domain.port.out.TorrentClient;
import io.pyrotorrent.domain.service.Access;
import io.pyrotorrent.domain.service.Targets;
import java.io.IOException;
import java.time.Clock;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

/**
 * Making torrents: the files are found and checked at once (so a bad path is a clear refusal),
 * hashed in a job, and the .torrent kept for its creator to download; added to the target when
 * asked, seeding from where the data lies.
 */
public final class CreateService implements CreateTorrents {

    private record Kept(String owner, CreatedTorrent torrent) {}

    private final Access access;
    private final Map<TargetName, StorageMapping> storage;
    private final Jobs jobs;
    private final Executor executor;
    private final Clock clock;
    private final Map<JobId, Kept> created = new LinkedHashMap<>();

    public CreateService(
            Targets targets, Map<TargetName, StorageMapping> storage, Jobs jobs, Executor executor, Clock clock) {
        this.access = new Access(targets);
        this.storage = Map.copyOf(storage);
        this.jobs = jobs;
        this.executor = executor;
        this.clock = clock;
    }

    @Override
    public JobId startCreate(Principal caller, TargetName target, NewTorrent asked) {
        TorrentClient client = access.client(caller, target);
        StorageMapping mapping = storage.get(target);
        if (mapping == null) {
            throw new IllegalArgumentException("pyroTorrent cannot see this target's files: it has no storage mapping");
        }
        SourceFiles source = SourceFiles.find(mapping, asked.source());
        int pieceSize = asked.pieceSize().orElseGet(() -> PieceSize.automatic(source.totalBytes()));
        JobId id = jobs.open(caller.name(), "create", target);
        jobs.addTotal(id, source.totalBytes());
        executor.execute(() -> {
            try {
                byte[] pieces = PieceHasher.hash(source, pieceSize, bytes -> jobs.progress(id, bytes));
                CreatedTorrent torrent = TorrentFile.write(asked, source, pieceSize, pieces, clock.instant());
                keep(id, caller.name(), torrent);
                jobs.item(
                        id,
                        new JobItem(
                                torrent.name(),
                                true,
                                "hashed: " + (pieces.length / 20) + " pieces of " + pieceSize / 1024
                                        + " KiB, info-hash " + torrent.hash().hex()));
                if (asked.add()) {
                    jobs.item(id, new Seeding(client).add(torrent, asked.source(), source.totalBytes()));
                }
            } catch (IOException | RuntimeException e) {
                jobs.item(id, new JobItem(source.name(), false, "not created: " + e.getMessage()));
            } finally {
                jobs.finish(id);
            }
        });
        return id;
    }

    @Override
    public synchronized Optional<CreatedTorrent> created(Principal caller, JobId id) {
        Kept kept = created.get(id);
        return kept == null || !kept.owner().equals(caller.name()) ? Optional.empty() : Optional.of(kept.torrent());
    }

    /** The newest ones only: a .torrent is small, but they should not pile up for ever. */
    private synchronized void keep(JobId id, String owner, CreatedTorrent torrent) {
        created.put(id, new Kept(owner, torrent));
        Iterator<JobId> oldest = created.keySet().iterator();
        while (created.size() > 100 && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }
}
