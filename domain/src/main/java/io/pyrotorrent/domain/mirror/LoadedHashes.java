package io.pyrotorrent.domain.mirror;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.metainfo.Metainfo;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TorrentSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The info-hashes a request's loads will bring, when every one is known before rTorrent answers:
 * a .torrent file's (its info dictionary's SHA-1) or a magnet's hex btih. Then the mirror reads
 * just those torrents after an add instead of every torrent; a URL (fetched by rTorrent) or a
 * base32 magnet leaves it unknown, and the mirror reads everything as before.
 */
final class LoadedHashes {

    private static final Pattern HEX_BTIH = Pattern.compile("xt=urn:btih:([0-9a-fA-F]{40})(?:&|$)");

    private LoadedHashes() {}

    static Optional<List<InfoHash>> of(Request request) {
        var hashes = new ArrayList<InfoHash>();
        for (var step : request.steps()) {
            if (step instanceof Command.AddTorrent add) {
                Optional<InfoHash> hash = of(add.source());
                if (hash.isEmpty()) {
                    return Optional.empty();
                }
                hashes.add(hash.get());
            }
        }
        return Optional.of(List.copyOf(hashes));
    }

    private static Optional<InfoHash> of(TorrentSource source) {
        if (source instanceof TorrentSource.FileBytes file) {
            try {
                return Optional.of(Metainfo.parse(file.bytes()).hash());
            } catch (IllegalArgumentException unreadable) {
                return Optional.empty(); // rTorrent drops it; a full read shows exactly what it did
            }
        }
        if (source instanceof TorrentSource.Magnet magnet) {
            var btih = HEX_BTIH.matcher(magnet.uri());
            return btih.find() ? Optional.of(InfoHash.of(btih.group(1).toUpperCase(Locale.ROOT))) : Optional.empty();
        }
        return Optional.empty();
    }
}
