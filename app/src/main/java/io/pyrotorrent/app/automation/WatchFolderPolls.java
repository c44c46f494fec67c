package io.pyrotorrent.app.automation;

import io.pyrotorrent.domain.automation.watchdir.WatchFolders;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scans the watch folders every {@link #EVERY} while the server runs, with nobody logged in; the
 * first scan at start settles what a crash left. Polling, not {@code java.nio.file.WatchService}:
 * inotify sees nothing on NFS, SMB and FUSE mounts (a seedbox's usual "drop here" folder) and
 * drops events when its queue overflows, while a listing of a small folder every few seconds
 * costs next to nothing and can never miss a file. A CLI command never starts it.
 */
public final class WatchFolderPolls {

    private static final Logger LOG = LoggerFactory.getLogger(WatchFolderPolls.class);

    /** A dropped file is added within this (plus the two quiet seconds a file must rest). */
    public static final Duration EVERY = Duration.ofSeconds(3);

    private final WatchFolders folders;

    public WatchFolderPolls(WatchFolders folders) {
        this.folders = folders;
    }

    /** On its own thread: a rule removing data for a minute must not hold up a dropped file. */
    public void start(ScheduledExecutorService scheduler) {
        scheduler.scheduleWithFixedDelay(
                () -> {
                    try {
                        folders.scanAll();
                    } catch (RuntimeException e) {
                        // An exception would end the schedule for good: the next scan tries again.
                        LOG.warn("watch folders: scan failed, trying again: {}", e.getMessage());
                    }
                },
                0,
                EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
    }
}
