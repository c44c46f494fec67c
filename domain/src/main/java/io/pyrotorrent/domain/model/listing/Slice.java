package io.pyrotorrent.domain.model.listing;

import io.pyrotorrent.domain.model.field.Row;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One page of a listing: the rows, how many matched in all, and how many torrents of the whole
 * view are in each state (for a header, before filters).
 */
public record Slice(int total, List<Row> rows, Map<TorrentState, Integer> stateCounts) {

    public Slice {
        rows = List.copyOf(rows);
        var counts = new EnumMap<TorrentState, Integer>(TorrentState.class);
        for (TorrentState state : TorrentState.values()) {
            counts.put(state, stateCounts.getOrDefault(state, 0));
        }
        stateCounts = Collections.unmodifiableMap(counts);
    }
}
