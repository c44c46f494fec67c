package io.pyrotorrent.domain.model.details;

import io.pyrotorrent.domain.model.field.Row;
import java.util.List;
import java.util.Objects;

/** One torrent with its files (in index order), connected peers and trackers: one round trip. */
public record TorrentDetails(Row torrent, List<Row> files, List<Row> peers, List<Row> trackers) {
    public TorrentDetails {
        Objects.requireNonNull(torrent, "torrent");
        files = List.copyOf(files);
        peers = List.copyOf(peers);
        trackers = List.copyOf(trackers);
    }
}
