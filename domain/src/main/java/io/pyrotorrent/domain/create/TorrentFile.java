package io.pyrotorrent.domain.create;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TrackerUrl;
import io.pyrotorrent.domain.model.create.CreatedTorrent;
import io.pyrotorrent.domain.model.create.NewTorrent;
import io.pyrotorrent.domain.model.metainfo.BencodeWriter;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The .torrent (BEP 3, with announce-list of BEP 12 and the private flag of BEP 27) for hashed files. */
final class TorrentFile {

    private TorrentFile() {}

    static CreatedTorrent write(NewTorrent asked, SourceFiles source, int pieceSize, byte[] pieces, Instant now) {
        Map<String, Object> info = new HashMap<>();
        info.put("name", source.name());
        info.put("piece length", (long) pieceSize);
        info.put("pieces", pieces);
        if (asked.privateFlag()) {
            info.put("private", 1L);
        }
        if (source.folder()) {
            info.put(
                    "files",
                    source.files().stream()
                            .map(f -> Map.<String, Object>of("length", f.length(), "path", f.path()))
                            .toList());
        } else {
            info.put("length", source.files().get(0).length());
        }
        byte[] infoBytes = BencodeWriter.encode(info);
        Map<String, Object> top = new HashMap<>();
        top.put("info", info);
        top.put("created by", "pyroTorrent");
        top.put("creation date", now.getEpochSecond());
        if (!asked.comment().isEmpty()) {
            top.put("comment", asked.comment());
        }
        if (!asked.tiers().isEmpty()) {
            top.put("announce", asked.tiers().get(0).get(0).value());
            List<List<String>> tiers = asked.tiers().stream()
                    .map(tier -> tier.stream().map(TrackerUrl::value).toList())
                    .toList();
            top.put("announce-list", tiers);
        }
        InfoHash hash = InfoHash.of(PieceHasher.sha1().digest(infoBytes));
        return new CreatedTorrent(source.name(), hash, BencodeWriter.encode(top));
    }
}
