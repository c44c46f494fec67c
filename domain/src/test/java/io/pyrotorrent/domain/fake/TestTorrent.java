package io.pyrotorrent.domain.fake;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.metainfo.Metainfo;
import io.pyrotorrent.domain.model.request.TorrentSource;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A tiny, valid .torrent made on the spot, unique per name, whose tracker nobody answers. Tests
 * build their own torrents so that they never collide in a shared rTorrent.
 */
public record TestTorrent(String name, byte[] bytes, Metainfo metainfo) {

    public static final String TRACKER = "http://127.0.0.1:1/announce";
    private static final long PIECE = 16384;

    /** A single-file torrent of 1000 bytes. */
    public static TestTorrent single(String name) {
        return of(name, Map.of());
    }

    /**
     * A single-file torrent announcing to these trackers, in order: the first is its announce,
     * all of them its announce-list, one tier each.
     */
    public static TestTorrent withTrackers(String name, String... trackers) {
        return of(name, Map.of(), List.of(trackers));
    }

    /** A unique single-file torrent: the name carries a random suffix. */
    public static TestTorrent unique(String prefix) {
        return single(prefix + "-" + UUID.randomUUID().toString().substring(0, 8));
    }

    /** A multi-file torrent; keys are '/'-separated paths, values lengths, in the given order. */
    public static TestTorrent multi(String name, Map<String, Long> files) {
        return of(name, files);
    }

    private static TestTorrent of(String name, Map<String, Long> files) {
        return of(name, files, List.of(TRACKER));
    }

    private static TestTorrent of(String name, Map<String, Long> files, List<String> trackers) {
        var info = new LinkedHashMap<String, Object>();
        info.put("name", name);
        info.put("piece length", PIECE);
        long total;
        if (files.isEmpty()) {
            total = 1000;
            info.put("length", total);
        } else {
            var list = new ArrayList<Object>();
            files.forEach((path, length) -> list.add(Map.of("path", List.of(path.split("/")), "length", length)));
            info.put("files", list);
            total = files.values().stream().mapToLong(Long::longValue).sum();
        }
        info.put("pieces", new byte[(int) (20 * Math.max(1, (total + PIECE - 1) / PIECE))]);
        var top = new LinkedHashMap<String, Object>();
        top.put("announce", trackers.get(0));
        if (trackers.size() > 1) {
            top.put("announce-list", trackers.stream().map(List::of).toList());
        }
        top.put("info", info);
        byte[] bytes = BencodeWriter.encode(top);
        return new TestTorrent(name, bytes, Metainfo.parse(bytes));
    }

    public InfoHash hash() {
        return metainfo.hash();
    }

    public TorrentSource.FileBytes source() {
        return new TorrentSource.FileBytes(bytes);
    }

    /** A magnet for a made-up hash; rTorrent keeps magnets only when they name a tracker. */
    public static TorrentSource.Magnet magnet(InfoHash hash) {
        return new TorrentSource.Magnet("magnet:?xt=urn:btih:" + hash.hex() + "&tr="
                + java.net.URLEncoder.encode(TRACKER, java.nio.charset.StandardCharsets.UTF_8));
    }

    public static InfoHash randomHash() {
        var bytes = new byte[20];
        new java.util.Random().nextBytes(bytes);
        return InfoHash.of(bytes);
    }
}
