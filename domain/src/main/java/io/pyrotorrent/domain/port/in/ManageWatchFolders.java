package io.pyrotorrent.domain.port.in;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.watchdir.WatchFolder;
import io.pyrotorrent.domain.model.watchdir.WatchFolderView;
import java.util.List;
import java.util.Optional;

/**
 * Watch folders, one per target. A target the caller may not use fails with {@link
 * io.pyrotorrent.domain.model.UnknownTargetException}, like one that does not exist.
 */
public interface ManageWatchFolders {

    /** The targets the caller may give a folder, in configuration order. */
    List<TargetName> targets(Principal caller);

    /** The folders of the caller's targets, with what their scans did. */
    List<WatchFolderView> folders(Principal caller);

    Optional<WatchFolderView> folder(Principal caller, TargetName target);

    /**
     * Keeps it; the next scan (within seconds) picks it up.
     *
     * @throws IllegalArgumentException naming why the directory cannot be watched
     */
    WatchFolderView save(Principal caller, WatchFolder folder);

    /** Stops watching; the directory and its files stay as they are. */
    void delete(Principal caller, TargetName target);
}
