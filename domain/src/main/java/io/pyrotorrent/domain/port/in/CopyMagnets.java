package io.pyrotorrent.domain.port.in;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.magnet.MagnetLink;
import java.util.List;

/**
 * Magnet links with trackers for torrents of one target, read in ONE round trip. Throws
 * {@link io.pyrotorrent.domain.model.UnknownTargetException} for a target the caller may not use
 * (as for a missing one) and {@link io.pyrotorrent.domain.model.UnknownTorrentException} for a
 * hash rTorrent does not know.
 */
public interface CopyMagnets {

    List<MagnetLink> magnets(Principal caller, TargetName target, List<InfoHash> hashes);
}
