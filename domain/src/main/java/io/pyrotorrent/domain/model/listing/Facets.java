package io.pyrotorrent.domain.model.listing;

import io.pyrotorrent.domain.model.Label;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The sidebar's counts over a whole view, before any filter: how many torrents each status filter
 * and each label would show (labels in name order; the empty label counts the unlabelled).
 */
public record Facets(Map<StatusFilter, Integer> statuses, Map<Label, Integer> labels) {

    public static final Facets NONE = new Facets(Map.of(), Map.of());

    public Facets {
        var counts = new EnumMap<StatusFilter, Integer>(StatusFilter.class);
        for (StatusFilter filter : StatusFilter.values()) {
            counts.put(filter, statuses.getOrDefault(filter, 0));
        }
        statuses = Collections.unmodifiableMap(counts);
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }
}
