package io.pyrotorrent.domain.port.out;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.watchdir.WatchFolder;
import io.pyrotorrent.domain.model.watchdir.WatchIntent;
import java.util.List;
import java.util.Optional;

/** The watch folders pyroTorrent keeps (one per target), and the adds a crash may have cut short. */
public interface WatchFolderStore {

    /** By target name. */
    List<WatchFolder> all();

    Optional<WatchFolder> find(TargetName target);

    /** Replaces the target's folder. */
    void save(WatchFolder folder);

    void delete(TargetName target);

    /** Durable before it returns: the add it announces may be the last thing the process does. */
    void intend(WatchIntent intent);

    List<WatchIntent> intents(TargetName target);

    /** The file was moved aside (or never reached rTorrent): nothing left to settle. */
    void settled(TargetName target, String fileName);
}
