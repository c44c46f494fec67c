package io.pyrotorrent.domain.disk;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.disk.DiskUsage;
import io.pyrotorrent.domain.model.disk.LowSpaceWarning;
import io.pyrotorrent.domain.model.disk.TargetDisk;
import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.files.StorageMapping;
import io.pyrotorrent.domain.model.request.ClientQuery;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.port.in.ShowDiskSpace;
import io.pyrotorrent.domain.port.out.DiskSpace;
import io.pyrotorrent.domain.service.Access;
import io.pyrotorrent.domain.service.MappedPath;
import io.pyrotorrent.domain.service.Targets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Free space of each target's download directory: rTorrent's {@code directory.default} through the
 * target's storage mapping, measured on the file system that holds it (the nearest existing folder
 * inside the mapping, as a new download's folder may not exist yet).
 *
 * <p>Costs: one measurement per target serves every asker for {@link #FRESH}, so a hundred open
 * headers stat once. rTorrent is asked for its directory at most every {@link #DIRECTORY_FRESH}, in
 * the background: an asker never waits for rTorrent, and until the first answer (or while
 * rTorrent is away, with none before) the mapping's own root is measured.
 */
public final class DiskSpaceService implements ShowDiskSpace {

    /** How long one measurement serves everyone: free space does not change faster than a header shows. */
    public static final Duration FRESH = Duration.ofSeconds(5);

    /** The default directory changes only by a settings change, so it is re-read rarely. */
    public static final Duration DIRECTORY_FRESH = Duration.ofSeconds(60);

    private record Measured(TargetDisk disk, Instant at) {}

    private record Directory(Optional<String> remote, Instant at) {}

    private final Access access;
    private final Targets targets;
    private final Map<TargetName, StorageMapping> storage;
    private final DiskSpace disk;
    private final LowSpaceWarning warning;
    private final Executor executor;
    private final Clock clock;
    private final Map<TargetName, Measured> measured = new ConcurrentHashMap<>();
    private final Map<TargetName, Directory> directories = new ConcurrentHashMap<>();
    private final Set<TargetName> reading = ConcurrentHashMap.newKeySet();

    /**
     * @param storage  where each target's files are readable here; a target without one is "unknown"
     * @param executor where rTorrent is asked for its default directory
     */
    public DiskSpaceService(
            Targets targets,
            Map<TargetName, StorageMapping> storage,
            DiskSpace disk,
            LowSpaceWarning warning,
            Executor executor,
            Clock clock) {
        this.access = new Access(targets);
        this.targets = targets;
        this.storage = Map.copyOf(storage);
        this.disk = disk;
        this.warning = warning;
        this.executor = executor;
        this.clock = clock;
    }

    @Override
    public List<TargetDisk> diskSpace(Principal caller) {
        return access.visible(caller).stream().map(this::current).toList();
    }

    @Override
    public TargetDisk diskSpace(Principal caller, TargetName target) {
        access.client(caller, target);
        return current(target);
    }

    private TargetDisk current(TargetName target) {
        StorageMapping mapping = storage.get(target);
        if (mapping == null) {
            return TargetDisk.unknown(target);
        }
        refreshDirectory(target);
        Instant now = clock.instant();
        // compute() holds this target's entry: askers arriving together share one measurement.
        return measured.compute(
                        target,
                        (name, last) -> last != null && now.isBefore(last.at().plus(FRESH))
                                ? last
                                : new Measured(measure(name, mapping), now))
                .disk();
    }

    private TargetDisk measure(TargetName target, StorageMapping mapping) {
        Path root = MappedPath.root(mapping);
        Optional<String> remote = Optional.ofNullable(directories.get(target))
                .flatMap(Directory::remote)
                .filter(d -> !d.isBlank());
        Optional<Path> local = remote.isEmpty() ? Optional.of(root) : MappedPath.local(mapping, remote.get());
        for (Path dir = local.orElse(null); dir != null && dir.startsWith(root); dir = dir.getParent()) {
            Optional<DiskUsage> usage = disk.measure(dir);
            if (usage.isPresent()) {
                return new TargetDisk(target, usage, warning.isLow(usage.get()));
            }
        }
        return TargetDisk.unknown(target);
    }

    /** Starts a read of rTorrent's default directory when the last one is old; never waits for it. */
    private void refreshDirectory(TargetName target) {
        Directory known = directories.get(target);
        if (known != null && clock.instant().isBefore(known.at().plus(DIRECTORY_FRESH))) {
            return;
        }
        if (!reading.add(target)) {
            return;
        }
        try {
            executor.execute(() -> {
                try {
                    Optional<String> before = Optional.ofNullable(known).flatMap(Directory::remote);
                    Optional<String> now = read(target).or(() -> before);
                    directories.put(target, new Directory(now, clock.instant()));
                    if (!now.equals(before)) {
                        measured.remove(target); // measured where downloads no longer go
                    }
                } finally {
                    reading.remove(target);
                }
            });
        } catch (RejectedExecutionException stopping) {
            reading.remove(target); // shutting down: the last known directory (or the root) serves
        }
    }

    /** rTorrent's default directory; empty while it does not answer (the last known one stays). */
    private Optional<String> read(TargetName target) {
        var request = Request.builder();
        var client = request.add(ClientQuery.of(ClientFields.DEFAULT_DIRECTORY));
        try {
            return targets.client(target)
                    .map(c -> c.send(request.build()).get(client).get(ClientFields.DEFAULT_DIRECTORY));
        } catch (TorrentClientException e) {
            return Optional.empty();
        }
    }
}
