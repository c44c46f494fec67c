package io.pyrotorrent.domain.model.listing;

import io.pyrotorrent.domain.model.field.Row;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One page of a listing: the rows, how many matched in all, how many torrents of the whole view
 * are in each state (for a header, before filters), and the sidebar's counts by status and label.
 */
public record Slice(int total, List<Row> rows, Map<TorrentState, Integer> stateCounts, Facets facets) {

    public Slice(int total, List<Row> rows, Map<TorrentState, Integer> stateCounts) {
        this(total, rows, stateCounts, Facets.NONE);
    }

    public Slice {
        Objects.requireNonNull(facets, "facets");
        rows = List.copyOf(rows);
        var counts = new EnumMap<TorrentState, Integer>(TorrentState.class);
        for (TorrentState state : TorrentState.values()) {
            counts.put(state, stateCounts.getOrDefault(state, 0));
        }
        stateCounts = Collections.unmodifiableMap(counts);
    }
}
