package io.pyrotorrent.domain.automation.watchdir;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.UnknownTargetException;
import io.pyrotorrent.domain.model.add.AddResult;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.watchdir.WatchFolder;
import io.pyrotorrent.domain.model.watchdir.WatchFolderStatus;
import io.pyrotorrent.domain.model.watchdir.WatchFolderView;
import io.pyrotorrent.domain.port.in.AddTorrents;
import io.pyrotorrent.domain.port.in.ManageWatchFolders;
import io.pyrotorrent.domain.port.out.DroppedFiles;
import io.pyrotorrent.domain.port.out.WatchFolderStore;
import io.pyrotorrent.domain.rss.Checkpoints;
import io.pyrotorrent.domain.service.Targets;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Watch folders: kept in the store, scanned by {@link #scanAll} every few seconds as
 * "automation" (nobody needs to be logged in), managed by users on their own targets only.
 */
public final class WatchFolders implements ManageWatchFolders {

    private final WatchFolderStore store;
    private final DroppedFiles files;
    private final Targets targets;
    private final FolderScan scan;
    private final Clock clock;
    private final Map<TargetName, WatchFolderStatus> statuses = new ConcurrentHashMap<>();
    private final Predicate<Principal> mayPickDirectories;

    /**
     * @param add     audited adds: each file is written to the audit log as "automation"
     * @param onAdded each torrent a folder added, for webhooks
     */
    public WatchFolders(
            WatchFolderStore store,
            DroppedFiles files,
            Targets targets,
            AddTorrents add,
            Clock clock,
            Checkpoints checkpoints,
            Consumer<AddResult.Added> onAdded) {
        this(store, files, targets, add, clock, checkpoints, onAdded, Principal::allTargets);
    }

    /**
     * @param mayPickDirectories who may point a folder at a directory: a folder makes the server's
     *     own user list, read and move files there, so it is the admins' (or, without users, the
     *     local caller's) choice, not every user's who may use the target
     */
    public WatchFolders(
            WatchFolderStore store,
            DroppedFiles files,
            Targets targets,
            AddTorrents add,
            Clock clock,
            Checkpoints checkpoints,
            Consumer<AddResult.Added> onAdded,
            Predicate<Principal> mayPickDirectories) {
        this.mayPickDirectories = Objects.requireNonNull(mayPickDirectories, "mayPickDirectories");
        this.store = Objects.requireNonNull(store, "store");
        this.files = Objects.requireNonNull(files, "files");
        this.targets = Objects.requireNonNull(targets, "targets");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.scan = new FolderScan(store, files, add, new Presence(targets), clock, checkpoints, onAdded);
    }

    @Override
    public List<TargetName> targets(Principal caller) {
        return targets.names().stream().filter(caller::mayUse).toList();
    }

    @Override
    public List<WatchFolderView> folders(Principal caller) {
        return store.all().stream()
                .filter(folder -> caller.mayUse(folder.target()))
                .map(this::view)
                .toList();
    }

    @Override
    public Optional<WatchFolderView> folder(Principal caller, TargetName target) {
        check(caller, target);
        return store.find(target).map(this::view);
    }

    @Override
    public WatchFolderView save(Principal caller, WatchFolder folder) {
        check(caller, folder.target());
        if (!mayPickDirectories.test(caller)) {
            throw new IllegalArgumentException("directory: only an admin may set a watch folder (it makes pyroTorrent"
                    + " read and move files in a directory of the server)");
        }
        files.problem(folder.directory()).ifPresent(problem -> {
            throw new IllegalArgumentException("directory: " + problem);
        });
        store.save(folder);
        statuses.remove(folder.target());
        return view(folder);
    }

    @Override
    public void delete(Principal caller, TargetName target) {
        check(caller, target);
        store.delete(target);
        statuses.remove(target);
    }

    /** One scan of every enabled folder; one that fails (its disk, its target) never stops the others. */
    public void scanAll() {
        for (WatchFolder folder : store.all()) {
            if (!folder.enabled() || targets.client(folder.target()).isEmpty()) {
                continue;
            }
            Instant at = clock.instant();
            WatchFolderStatus before = statuses.getOrDefault(folder.target(), WatchFolderStatus.NEW);
            String result;
            long added = before.added();
            long failed = before.failed();
            try {
                FolderScan.Outcome outcome = scan.scan(folder);
                added += outcome.added();
                failed += outcome.failed();
                result = outcome.problem()
                        .map(p -> "failed: " + p)
                        .orElse(
                                outcome.added() + outcome.failed() == 0
                                        ? "nothing new"
                                        : "added " + outcome.added() + ", failed " + outcome.failed());
            } catch (UncheckedIOException | IllegalArgumentException e) {
                result = "failed: " + e.getMessage();
            }
            // A quiet scan keeps the last one that did something in view: "nothing new" every 5 s hides it.
            if (result.equals("nothing new") && before.lastScan().isPresent()) {
                result = before.result().startsWith("failed") ? result : before.result();
            }
            statuses.put(folder.target(), new WatchFolderStatus(Optional.of(at), result, added, failed));
        }
    }

    private WatchFolderView view(WatchFolder folder) {
        return new WatchFolderView(folder, statuses.getOrDefault(folder.target(), WatchFolderStatus.NEW));
    }

    /** One the caller may not use and one not configured (everyone may use it then) fail alike. */
    private void check(Principal caller, TargetName target) {
        if (!caller.mayUse(target) || !targets.names().contains(target)) {
            throw new UnknownTargetException(target.value());
        }
    }
}
