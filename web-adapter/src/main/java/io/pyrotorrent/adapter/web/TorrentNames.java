package io.pyrotorrent.adapter.web;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.UnknownTorrentException;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.port.in.ListTorrents;
import io.pyrotorrent.domain.port.in.ShowTorrent;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names for the torrents a form names by hash, so messages and the erase question say "debian.iso",
 * not a hash. Asked from rTorrent rather than taken from the form, which anyone can fill in.
 * One torrent is looked up alone; several through one listing of names.
 */
final class TorrentNames {

    private final ShowTorrent torrent;
    private final ListTorrents list;

    TorrentNames(ShowTorrent torrent, ListTorrents list) {
        this.torrent = torrent;
        this.list = list;
    }

    /** Every hash mapped to a name; one rTorrent does not know (or cannot tell) keeps a short hash. */
    Map<InfoHash, String> of(TargetName target, List<InfoHash> hashes) {
        var names = new HashMap<InfoHash, String>();
        try {
            if (hashes.size() == 1) {
                names.put(hashes.get(0), torrent.details(target, hashes.get(0)).torrent().get(TorrentFields.NAME));
            } else if (hashes.size() > 1) {
                list.list(target, ViewName.MAIN, List.of(TorrentFields.HASH, TorrentFields.NAME))
                        .forEach(row -> names.put(row.get(TorrentFields.HASH), row.get(TorrentFields.NAME)));
            }
        } catch (UnknownTorrentException | TorrentClientException unknown) {
            // the command itself will report what went wrong; a short hash names the torrent meanwhile
        }
        hashes.forEach(h -> names.putIfAbsent(h, shortHash(h)));
        return names;
    }

    static String shortHash(InfoHash hash) {
        return hash.hex().substring(0, 8) + "…";
    }
}
