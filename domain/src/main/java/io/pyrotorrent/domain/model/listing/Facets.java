package io.pyrotorrent.domain.model.listing;

import io.pyrotorrent.domain.model.Label;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sidebar's counts over a whole view, before any filter: how many torrents each status filter
 * and each label would show (labels in name order; the empty label counts the unlabelled), and the
 * download directories in use, most used first (what the add dialog suggests), and how many torrents
 * name a tracker of each domain (domains in name order; a torrent with trackers in two domains
 * counts under both, one without any tracker under none).
 */
public record Facets(
        Map<StatusFilter, Integer> statuses,
        Map<Label, Integer> labels,
        List<String> directories,
        Map<TrackerDomain, Integer> trackers) {

    /** Enough suggestions for any real seedbox layout; a list longer than this is noise. */
    public static final int MAX_DIRECTORIES = 30;

    public static final Facets NONE = new Facets(Map.of(), Map.of(), List.of(), Map.of());

    public Facets {
        var counts = new EnumMap<StatusFilter, Integer>(StatusFilter.class);
        for (StatusFilter filter : StatusFilter.values()) {
            counts.put(filter, statuses.getOrDefault(filter, 0));
        }
        statuses = Collections.unmodifiableMap(counts);
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
        directories = List.copyOf(directories.subList(0, Math.min(MAX_DIRECTORIES, directories.size())));
        trackers = Collections.unmodifiableMap(new LinkedHashMap<>(trackers));
    }

    public Facets(Map<StatusFilter, Integer> statuses, Map<Label, Integer> labels, List<String> directories) {
        this(statuses, labels, directories, Map.of());
    }

    public Facets(Map<StatusFilter, Integer> statuses, Map<Label, Integer> labels) {
        this(statuses, labels, List.of());
    }
}
