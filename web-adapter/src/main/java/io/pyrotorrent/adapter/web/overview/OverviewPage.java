package io.pyrotorrent.adapter.web.overview;

import io.pyrotorrent.adapter.web.http.Units;
import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.overview.Overview;
import io.pyrotorrent.domain.model.overview.TargetSection;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;

/** The overview as the template sees it: strings and links ready to show, nothing to compute. */
record OverviewPage(
        String view,
        List<ViewLink> views,
        Filters filters,
        List<ColumnHeader> columns,
        List<OverviewSection> sections,
        String returnTo,
        String liveHref,
        Sidebar sidebar,
        String hiddenColumns,
        String sliceQuery,
        Totals totals,
        AddDialog addDialog) {

    /** The header's rates: every instance the caller sees, added up. */
    record Totals(String downRate, String upRate) {
        static Totals of(Overview overview) {
            long down = 0;
            long up = 0;
            for (TargetSection section : overview.sections()) {
                if (section instanceof TargetSection.Loaded loaded) {
                    down += loaded.client().get(ClientFields.DOWN_RATE);
                    up += loaded.client().get(ClientFields.UP_RATE);
                }
            }
            return new Totals(Units.rate(down), Units.rate(up));
        }
    }

    /** One of rTorrent's views in the selector. */
    record ViewLink(String name, String href, boolean current) {}

    /**
     * What the search form shows and keeps: the name search (and whether it is a regular
     * expression), the label, status and tracker filters, the sort and the page size.
     */
    record Filters(
            String q,
            boolean regex,
            String label,
            String status,
            String sort,
            String order,
            int limit,
            String tracker) {}

    /** A column heading: its link sorts by it; {@code sorted} is "asc", "desc" or "". */
    record ColumnHeader(String key, String title, String href, String sorted, boolean shownAtFirst) {}

    static OverviewPage of(Overview overview, OverviewQuery query) {
        var views = new LinkedHashSet<String>();
        views.add(query.view().value());
        overview.sections().stream()
                .filter(TargetSection.Loaded.class::isInstance)
                .map(s -> ((TargetSection.Loaded) s).client().get(ClientFields.VIEWS))
                .forEach(views::addAll);
        Sidebar sidebar = Sidebar.of(overview, query);
        return new OverviewPage(
                query.view().value(),
                views.stream()
                        .map(v -> new ViewLink(
                                v, query.viewHref(v), v.equals(query.view().value())))
                        .toList(),
                new Filters(
                        query.q(),
                        query.regex(),
                        query.label(),
                        query.status().key(),
                        query.sort().map(f -> f.name()).orElse(""),
                        query.orderName(),
                        query.limit(),
                        query.tracker()),
                Arrays.stream(Column.values())
                        .map(c -> new ColumnHeader(
                                c.key,
                                c.title,
                                query.sortHref(c.field),
                                query.sort()
                                        .filter(f -> f == c.field)
                                        .map(f -> query.orderName())
                                        .orElse(""),
                                c.shownAtFirst))
                        .toList(),
                overview.sections().stream()
                        .map(s -> OverviewSection.of(s, query))
                        .toList(),
                query.href(),
                "live/overview" + query.liveQuery(),
                sidebar,
                Column.hiddenAtFirst(),
                query.liveQuery(),
                Totals.of(overview),
                AddDialog.of(overview, sidebar));
    }
}
