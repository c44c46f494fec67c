package io.pyrotorrent.domain.port.in;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.disk.TargetDisk;
import java.util.List;

/**
 * Free space where each target downloads to, for the header, /health, /metrics and the CLI. Cheap
 * to ask often: measurements are shared for a few seconds, and asking never waits for rTorrent.
 */
public interface ShowDiskSpace {

    /** Every target the caller may see, in configuration order; unknown where its files are not visible here. */
    List<TargetDisk> diskSpace(Principal caller);

    /** @throws io.pyrotorrent.domain.model.UnknownTargetException when the caller may not see the target */
    TargetDisk diskSpace(Principal caller, TargetName target);
}
