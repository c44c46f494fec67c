package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.UnknownTargetException;
import io.pyrotorrent.domain.model.UnknownTorrentException;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.FileFields;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.files.StorageMapping;
import io.pyrotorrent.domain.model.removal.JobId;
import io.pyrotorrent.domain.model.removal.RemovalJob;
import io.pyrotorrent.domain.model.removal.RemovalPreview;
import io.pyrotorrent.domain.model.removal.RemovalResult;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.FileListQuery;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.Ref;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.Snapshot;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.domain.model.request.TorrentQuery;
import io.pyrotorrent.domain.port.in.RemoveData;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Removing torrents with their data. The plan is made from one round trip to the torrent's
 * target (the torrent, its files, and every other torrent there) plus one to each other target
 * whose storage overlaps; the torrent leaves rTorrent before a single file goes, so rTorrent
 * never holds a torrent whose data is half gone.
 */
public final class RemovalService implements RemoveData {

    private static final List<Field<?>> OWN_PATH =
            List.of(TorrentFields.HASH, TorrentFields.NAME, TorrentFields.DIRECTORY, TorrentFields.MULTI_FILE);

    private final Access access;
    private final Targets targets;
    private final Map<TargetName, StorageMapping> storage;
    private final Executor executor;
    private final RemovalJobs jobs = new RemovalJobs();

    public RemovalService(Targets targets, Map<TargetName, StorageMapping> storage, Executor executor) {
        this.access = new Access(targets);
        this.targets = targets;
        this.storage = Map.copyOf(storage);
        this.executor = executor;
    }

    @Override
    public RemovalPreview preview(Principal caller, TargetName target, InfoHash hash) {
        return plan(caller, target, hash, Optional.empty()).preview();
    }

    @Override
    public RemovalResult remove(Principal caller, TargetName target, InfoHash hash) {
        return remove(caller, target, hash, Optional.empty());
    }

    @Override
    public JobId startRemoval(Principal caller, TargetName target, List<InfoHash> hashes) {
        return startRemoval(caller, target, hashes, result -> {});
    }

    /**
     * The bulk removal, telling {@code removed} of each torrent as it ends (the audit listens).
     * Every torrent sharing the storage is read ONCE for the whole job and kept in an index that
     * loses each torrent as it goes: reading them again for each of 1,000 torrents made the job
     * quadratic in round-trip rows and in path checks.
     */
    JobId startRemoval(Principal caller, TargetName target, List<InfoHash> hashes, Consumer<RemovalResult> removed) {
        access.client(caller, target);
        JobId id = jobs.open(caller.name(), target, hashes.size());
        executor.execute(() -> {
            Optional<OtherTorrents> shared = Optional.empty();
            try {
                shared = neighbours(caller, target);
            } catch (RuntimeException e) {
                // Each torrent then says why in its own result, read on its own.
            }
            for (InfoHash hash : hashes) {
                RemovalResult result = removeOne(caller, target, hash, shared);
                jobs.add(id, result);
                removed.accept(result);
            }
            jobs.finish(id);
        });
        return id;
    }

    @Override
    public Optional<RemovalJob> job(Principal caller, JobId id) {
        return jobs.find(caller.name(), id);
    }

    private RemovalResult remove(Principal caller, TargetName target, InfoHash hash, Optional<OtherTorrents> shared) {
        RemovalPlan plan = plan(caller, target, hash, shared);
        if (plan.preview() instanceof RemovalPreview.NotVisible notVisible) {
            return RemovalResult.refused(hash, notVisible.name(), notVisible.reason() + "; remove it without its data");
        }
        var erased = access.client(caller, target)
                .send(Request.of(new Command.Erase(hash)))
                .outcomes()
                .get(0);
        if (erased instanceof Outcome.Failure<?> failure) {
            return RemovalResult.refused(
                    hash,
                    plan.preview().name(),
                    "rTorrent did not remove it: " + failure.failure().message());
        }
        RemovalResult result = DataDeletion.carryOut(plan);
        plan.others().remove(hash);
        return result;
    }

    /** One torrent of a bulk removal: a failure is its result, not the end of the job. */
    private RemovalResult removeOne(
            Principal caller, TargetName target, InfoHash hash, Optional<OtherTorrents> shared) {
        try {
            return remove(caller, target, hash, shared);
        } catch (UnknownTorrentException e) {
            return RemovalResult.refused(hash, hash.hex(), "rTorrent does not know this torrent");
        } catch (TorrentClientException | UnknownTargetException e) {
            return RemovalResult.refused(hash, hash.hex(), "the target failed: " + e.getMessage());
        } catch (RuntimeException e) {
            return RemovalResult.refused(hash, hash.hex(), "not removed: " + e.getMessage());
        }
    }

    /**
     * @param shared the neighbours a bulk job read once; empty: read them in this round trip
     */
    private RemovalPlan plan(Principal caller, TargetName target, InfoHash hash, Optional<OtherTorrents> shared) {
        TorrentClient client = access.client(caller, target);
        StorageMapping mapping = storage.get(target);
        var request = Request.builder();
        var torrent = request.add(
                TorrentQuery.of(hash, TorrentFields.NAME, TorrentFields.DIRECTORY, TorrentFields.MULTI_FILE));
        var files = request.add(FileListQuery.of(hash, FileFields.PATH));
        Optional<Ref<List<Row>>> neighbours = shared.isPresent() || mapping == null
                ? Optional.empty()
                : Optional.of(request.add(TorrentListQuery.of(ViewName.MAIN, OWN_PATH)));
        Snapshot snapshot = client.send(request.build());
        if (snapshot.outcome(torrent) instanceof Outcome.Failure<?> failure
                && failure.failure() instanceof ClientFailure.NotFound) {
            throw new UnknownTorrentException(hash);
        }
        Row row = snapshot.get(torrent);
        var facts = new RemovalPlanner.Torrent(
                hash,
                row.get(TorrentFields.NAME),
                row.get(TorrentFields.DIRECTORY),
                row.get(TorrentFields.MULTI_FILE),
                snapshot.get(files).stream().map(f -> f.get(FileFields.PATH)).toList());
        if (mapping == null) {
            return RemovalPlan.notVisible(new RemovalPreview.NotVisible(
                    hash,
                    facts.name(),
                    "pyroTorrent cannot see this torrent's files: the target has no storage mapping"));
        }
        OtherTorrents others = shared.isPresent()
                ? shared.get()
                : othersAround(caller, target, mapping, snapshot.get(neighbours.orElseThrow()));
        return RemovalPlanner.plan(facts, mapping, others);
    }

    /** For a bulk job: every torrent sharing the target's storage, in one read; empty without a mapping. */
    private Optional<OtherTorrents> neighbours(Principal caller, TargetName target) {
        StorageMapping mapping = storage.get(target);
        if (mapping == null) {
            return Optional.empty();
        }
        var request = Request.builder();
        var rows = request.add(TorrentListQuery.of(ViewName.MAIN, OWN_PATH));
        Snapshot snapshot = access.client(caller, target).send(request.build());
        return Optional.of(othersAround(caller, target, mapping, snapshot.get(rows)));
    }

    /** The target's own torrents (as read) and those of every other target whose storage overlaps. */
    private OtherTorrents othersAround(Principal caller, TargetName target, StorageMapping mapping, List<Row> own) {
        var others = new OtherTorrents();
        addOthers(others, mapping, own, true, "another torrent here: ");
        for (TargetName other : targets.names()) {
            StorageMapping theirs = storage.get(other);
            if (other.equals(target) || theirs == null || !MappedPath.overlap(mapping, theirs)) {
                continue;
            }
            // Another user's target is named to nobody: its torrents only say that they exist.
            String shownAs = caller.mayUse(other) ? "a torrent of " + other.value() + ": " : "";
            try {
                var theirRequest = Request.builder();
                var rows = theirRequest.add(TorrentListQuery.of(ViewName.MAIN, OWN_PATH));
                var theirRows = targets.client(other)
                        .orElseThrow()
                        .send(theirRequest.build())
                        .get(rows);
                addOthers(others, theirs, theirRows, false, shownAs);
            } catch (TorrentClientException unreachable) {
                others.block("a target sharing this storage did not answer, so nothing it might use is deleted");
            }
        }
        return others;
    }

    /** Each torrent's own path, symlinks resolved: its folder, or its one file. */
    private static void addOthers(
            OtherTorrents others, StorageMapping mapping, List<Row> rows, boolean sameTarget, String shownAs) {
        for (Row row : rows) {
            Optional<InfoHash> hash = sameTarget ? Optional.of(row.get(TorrentFields.HASH)) : Optional.empty();
            String directory = row.get(TorrentFields.DIRECTORY);
            String name = row.get(TorrentFields.NAME);
            String own = row.get(TorrentFields.MULTI_FILE) ? directory : directory + "/" + name;
            String label = shownAs.isEmpty() ? "a torrent of another target" : shownAs + name;
            MappedPath.local(mapping, own)
                    .ifPresent(path -> others.add(hash, new OtherTorrent(label, MappedPath.real(path))));
        }
    }
}
