package io.pyrotorrent.adapter.web.actions;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.port.in.ListTorrents;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names for the torrents a form names by hash, so messages and the erase question say "debian.iso",
 * not a hash. Asked from rTorrent rather than taken from the form, which anyone can fill in.
 * One small request reads just their names.
 */
public final class TorrentNames {

    private final ListTorrents list;

    public TorrentNames(ListTorrents list) {
        this.list = list;
    }

    /** Every hash mapped to a name; one rTorrent does not know (or cannot tell) keeps a short hash. */
    Map<InfoHash, String> of(Principal caller, TargetName target, List<InfoHash> hashes) {
        var names = new HashMap<InfoHash, String>();
        try {
            // Only d.name of exactly these torrents: no files, no whole view.
            names.putAll(list.names(caller, target, hashes));
        } catch (TorrentClientException unknown) {
            // the command itself will report what went wrong; a short hash names the torrent meanwhile
        }
        hashes.forEach(h -> names.putIfAbsent(h, shortHash(h)));
        return names;
    }

    public static String shortHash(InfoHash hash) {
        return hash.hex().substring(0, 8) + "…";
    }
}
