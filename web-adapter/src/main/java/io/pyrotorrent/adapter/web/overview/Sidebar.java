package io.pyrotorrent.adapter.web.overview;

import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.listing.Facets;
import io.pyrotorrent.domain.model.listing.StatusFilter;
import io.pyrotorrent.domain.model.overview.Overview;
import io.pyrotorrent.domain.model.overview.TargetSection;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * The sidebar as the template sees it: the instances, each status filter, label and tracker domain
 * with its count (summed over every instance the caller sees) and its link, the current one marked.
 */
record Sidebar(List<TargetLink> targets, List<Filter> statuses, List<Filter> labels, List<Filter> trackers) {

    record TargetLink(String name, String anchor, boolean loaded) {}

    /** {@code key} is what the URL and tests name; {@code title} what the user reads. */
    record Filter(String key, String title, int count, String href, boolean current) {}

    static Sidebar of(Overview overview, OverviewQuery query) {
        var statusCounts = new EnumMap<StatusFilter, Integer>(StatusFilter.class);
        var labelCounts = new TreeMap<String, Integer>(
                String.CASE_INSENSITIVE_ORDER.thenComparing((String a, String b) -> a.compareTo(b)));
        var trackerCounts = new TreeMap<String, Integer>();
        for (TargetSection section : overview.sections()) {
            if (section instanceof TargetSection.Loaded loaded) {
                Facets facets = loaded.torrents().facets();
                facets.statuses().forEach((s, n) -> statusCounts.merge(s, n, Integer::sum));
                facets.labels().forEach((l, n) -> labelCounts.merge(l.value(), n, Integer::sum));
                facets.trackers().forEach((d, n) -> trackerCounts.merge(d.value(), n, Integer::sum));
            }
        }
        var targets = overview.sections().stream()
                .map(s -> new TargetLink(
                        s.target().value(), "target-" + s.target().value(), s instanceof TargetSection.Loaded))
                .toList();
        var statuses = statusCounts.entrySet().stream()
                .map(e -> new Filter(
                        e.getKey().key(),
                        title(e.getKey()),
                        e.getValue(),
                        query.statusHref(e.getKey()),
                        query.status() == e.getKey()))
                .toList();
        var labels = labelCounts.entrySet().stream()
                .map(e -> new Filter(
                        e.getKey(),
                        e.getKey().isEmpty() ? "No label" : e.getKey(),
                        e.getValue(),
                        e.getKey().isEmpty()
                                ? query.sidebarLabelHref("")
                                : query.sidebarLabelHref(Label.of(e.getKey()).value()),
                        !e.getKey().isEmpty() && query.label().equals(e.getKey())))
                .filter(f -> !f.key().isEmpty())
                .toList();
        var trackers = trackerCounts.entrySet().stream()
                .map(e -> new Filter(
                        e.getKey(),
                        e.getKey(),
                        e.getValue(),
                        query.trackerHref(e.getKey()),
                        query.tracker().equals(e.getKey())))
                .toList();
        return new Sidebar(targets, statuses, labels, trackers);
    }

    private static String title(StatusFilter filter) {
        String words = filter.key().replace('-', ' ');
        return words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
    }
}
