package io.pyrotorrent.domain.port.in;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.files.FileLookup;

/** Finds a torrent's payload files and its .torrent file on local disk, never outside it. */
public interface DownloadFiles {

    /** The file with this index (f.multicall order) through the target's storage mapping. */
    FileLookup payload(Principal caller, TargetName target, InfoHash hash, int fileIndex);

    /** The .torrent file rTorrent loaded (d.loaded_file, else its session copy), mapped likewise. */
    FileLookup torrentFile(Principal caller, TargetName target, InfoHash hash);
}
