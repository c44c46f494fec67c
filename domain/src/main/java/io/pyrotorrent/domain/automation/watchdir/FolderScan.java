package io.pyrotorrent.domain.automation.watchdir;

import io.pyrotorrent.domain.automation.Automation;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.add.AddResult;
import io.pyrotorrent.domain.model.add.NamedSource;
import io.pyrotorrent.domain.model.metainfo.Metainfo;
import io.pyrotorrent.domain.model.request.TorrentSource;
import io.pyrotorrent.domain.model.watchdir.DroppedFile;
import io.pyrotorrent.domain.model.watchdir.WatchFolder;
import io.pyrotorrent.domain.model.watchdir.WatchIntent;
import io.pyrotorrent.domain.port.in.AddTorrents;
import io.pyrotorrent.domain.port.out.DroppedFiles;
import io.pyrotorrent.domain.port.out.WatchFolderStore;
import io.pyrotorrent.domain.rss.Checkpoints;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One scan of one folder, exactly once per file: first the intents a crash left are settled by
 * info-hash ({@link Presence}), then each dropped file is parsed, its intent written, added, and
 * moved aside ({@code loaded/} or {@code failed/} with a reason), and only then is the intent
 * removed. A file whose add ends in an unreachable rTorrent keeps its intent and stays where it
 * is: the next scan asks rTorrent whether it got there before adding it again.
 */
final class FolderScan {

    /** As for uploads in the web UI: far above any .torrent rTorrent takes in one request. */
    static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    /**
     * A file modified this recently may still be being written (a browser saving a download, a
     * copy in progress): it waits for the next scan rather than failing as a half file.
     */
    static final Duration QUIET_FOR = Duration.ofSeconds(2);

    /** What one scan did. */
    record Outcome(int added, int failed, Optional<String> problem) {}

    private final WatchFolderStore store;
    private final DroppedFiles files;
    private final AddTorrents add;
    private final Presence presence;
    private final Clock clock;
    private final Checkpoints checkpoints;
    private final Consumer<AddResult.Added> onAdded;

    FolderScan(
            WatchFolderStore store,
            DroppedFiles files,
            AddTorrents add,
            Presence presence,
            Clock clock,
            Checkpoints checkpoints,
            Consumer<AddResult.Added> onAdded) {
        this.store = store;
        this.files = files;
        this.add = add;
        this.presence = presence;
        this.clock = clock;
        this.checkpoints = checkpoints;
        this.onAdded = onAdded;
    }

    Outcome scan(WatchFolder folder) {
        String dir = folder.directory();
        Optional<String> problem = files.problem(dir);
        if (problem.isPresent()) {
            return new Outcome(0, 0, problem);
        }
        if (!settle(folder)) {
            return new Outcome(0, 0, Optional.of("rTorrent could not say whether an earlier add got there; waiting"));
        }
        int added = 0;
        int failed = 0;
        Instant quietSince = clock.instant().minus(QUIET_FOR);
        for (DroppedFile file : files.list(dir)) {
            if (file.modified().isAfter(quietSince)) {
                continue;
            }
            Optional<String> refused = check(file);
            byte[] bytes = null;
            InfoHash hash = null;
            if (refused.isEmpty()) {
                try {
                    bytes = files.read(dir, file.name(), MAX_FILE_BYTES);
                    hash = Metainfo.parse(bytes).hash();
                } catch (IllegalArgumentException e) {
                    refused = Optional.of("not a .torrent file pyroTorrent can read: " + e.getMessage());
                }
            }
            if (refused.isPresent()) {
                files.moveToFailed(dir, file.name(), refused.get());
                failed++;
                continue;
            }
            store.intend(new WatchIntent(folder.target(), file.name(), hash));
            checkpoints.reached("intended");
            List<AddResult> results;
            try {
                results = add.add(
                        Automation.PRINCIPAL,
                        folder.target(),
                        List.of(new NamedSource(file.name(), new TorrentSource.FileBytes(bytes))),
                        folder.addOptions());
            } catch (TorrentClientException e) {
                // It may have got there all the same: the intent stays, the next scan settles it.
                return new Outcome(added, failed, Optional.of("rTorrent unreachable: " + e.getMessage()));
            }
            checkpoints.reached("loaded");
            if (results.get(0) instanceof AddResult.Refused no) {
                files.moveToFailed(dir, file.name(), "rTorrent refused it: " + no.reason());
                failed++;
            } else {
                files.moveToLoaded(dir, file.name());
                onAdded.accept((AddResult.Added) results.get(0));
                added++;
            }
            checkpoints.reached("moved");
            store.settled(folder.target(), file.name());
        }
        return new Outcome(added, failed, Optional.empty());
    }

    /** False while an intent cannot be settled: adding now could add its file twice. */
    private boolean settle(WatchFolder folder) {
        boolean all = true;
        for (WatchIntent intent : store.intents(folder.target())) {
            String dir = folder.directory();
            if (!files.exists(dir, intent.fileName())) {
                store.settled(intent.target(), intent.fileName()); // moved aside before the crash
                continue;
            }
            Optional<Boolean> there = presence.has(intent.target(), intent.hash());
            if (there.isEmpty()) {
                all = false;
            } else {
                if (there.get()) {
                    files.moveToLoaded(dir, intent.fileName());
                }
                // Not there: it never reached rTorrent, and the scan adds it like a new file.
                store.settled(intent.target(), intent.fileName());
            }
        }
        return all;
    }

    private static Optional<String> check(DroppedFile file) {
        if (file.size() > MAX_FILE_BYTES) {
            return Optional.of("larger than " + MAX_FILE_BYTES / (1024 * 1024) + " MiB (" + file.size()
                    + " bytes), the limit for a .torrent file");
        }
        if (file.size() == 0) {
            return Optional.of("the file is empty");
        }
        return Optional.empty();
    }
}
