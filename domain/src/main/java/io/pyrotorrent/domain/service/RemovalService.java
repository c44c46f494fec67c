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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executor;

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
        return plan(caller, target, hash).preview();
    }

    @Override
    public RemovalResult remove(Principal caller, TargetName target, InfoHash hash) {
        RemovalPlan plan = plan(caller, target, hash);
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
        return DataDeletion.carryOut(plan);
    }

    @Override
    public JobId startRemoval(Principal caller, TargetName target, List<InfoHash> hashes) {
        access.client(caller, target);
        JobId id = jobs.open(caller.name(), target, hashes.size());
        executor.execute(() -> {
            for (InfoHash hash : hashes) {
                jobs.add(id, removeOne(caller, target, hash));
            }
            jobs.finish(id);
        });
        return id;
    }

    @Override
    public Optional<RemovalJob> job(Principal caller, JobId id) {
        return jobs.find(caller.name(), id);
    }

    /** One torrent of a bulk removal: a failure is its result, not the end of the job. */
    private RemovalResult removeOne(Principal caller, TargetName target, InfoHash hash) {
        try {
            return remove(caller, target, hash);
        } catch (UnknownTorrentException e) {
            return RemovalResult.refused(hash, hash.hex(), "rTorrent does not know this torrent");
        } catch (TorrentClientException | UnknownTargetException e) {
            return RemovalResult.refused(hash, hash.hex(), "the target failed: " + e.getMessage());
        } catch (RuntimeException e) {
            return RemovalResult.refused(hash, hash.hex(), "not removed: " + e.getMessage());
        }
    }

    private RemovalPlan plan(Principal caller, TargetName target, InfoHash hash) {
        TorrentClient client = access.client(caller, target);
        StorageMapping mapping = storage.get(target);
        var request = Request.builder();
        var torrent = request.add(
                TorrentQuery.of(hash, TorrentFields.NAME, TorrentFields.DIRECTORY, TorrentFields.MULTI_FILE));
        var files = request.add(FileListQuery.of(hash, FileFields.PATH));
        Ref<List<Row>> neighbours = request.add(TorrentListQuery.of(ViewName.MAIN, OWN_PATH));
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
        var others = new ArrayList<OtherTorrent>();
        addOthers(others, mapping, snapshot.get(neighbours), Optional.of(hash), "another torrent here: ");
        Optional<String> blocked = Optional.empty();
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
                addOthers(others, theirs, theirRows, Optional.empty(), shownAs);
            } catch (TorrentClientException unreachable) {
                blocked =
                        Optional.of("a target sharing this storage did not answer, so nothing it might use is deleted");
            }
        }
        return RemovalPlanner.plan(facts, mapping, others, blocked);
    }

    /** Each torrent's own path, symlinks resolved: its folder, or its one file. */
    private static void addOthers(
            List<OtherTorrent> others,
            StorageMapping mapping,
            List<Row> rows,
            Optional<InfoHash> except,
            String shownAs) {
        for (Row row : rows) {
            if (except.isPresent() && row.get(TorrentFields.HASH).equals(except.get())) {
                continue;
            }
            String directory = row.get(TorrentFields.DIRECTORY);
            String name = row.get(TorrentFields.NAME);
            String own = row.get(TorrentFields.MULTI_FILE) ? directory : directory + "/" + name;
            String label = shownAs.isEmpty() ? "a torrent of another target" : shownAs + name;
            MappedPath.local(mapping, own)
                    .ifPresent(path -> others.add(new OtherTorrent(label, MappedPath.real(path))));
        }
    }
}
