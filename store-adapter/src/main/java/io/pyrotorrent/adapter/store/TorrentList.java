package io.pyrotorrent.adapter.store;

import java.util.ArrayList;
import java.util.List;

/**
 * An audit entry's torrents in one column, one per line. Sources are named by users (a file
 * name, a URL) and may hold anything, so backslashes and line breaks are escaped.
 */
final class TorrentList {

    private TorrentList() {}

    static String encode(List<String> torrents) {
        var joined = new StringBuilder();
        for (String torrent : torrents) {
            if (!joined.isEmpty()) {
                joined.append('\n');
            }
            joined.append(torrent.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r"));
        }
        return joined.toString();
    }

    static List<String> decode(String column) {
        if (column.isEmpty()) {
            return List.of();
        }
        var torrents = new ArrayList<String>();
        for (String line : column.split("\n", -1)) {
            var plain = new StringBuilder();
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                if (c == '\\' && i + 1 < line.length()) {
                    char next = line.charAt(++i);
                    plain.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
                } else {
                    plain.append(c);
                }
            }
            torrents.add(plain.toString());
        }
        return List.copyOf(torrents);
    }
}
