package io.pyrotorrent.adapter.web.overview;

import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.FieldCatalog;
import io.pyrotorrent.domain.model.field.Scope;
import io.pyrotorrent.domain.model.listing.Listing;
import io.pyrotorrent.domain.model.listing.SortOrder;
import io.pyrotorrent.domain.model.listing.StatusFilter;
import io.pyrotorrent.domain.model.listing.TrackerDomain;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the overview's URL asks for:
 * {@code view/<view>?sort=&order=&q=&regex=1&label=&status=&tracker=&offset=&limit=}.
 * Parsed once here (bad values are a 400 naming the parameter), turned into a {@link Listing},
 * and turned back into links that keep every other parameter.
 */
public record OverviewQuery(
        ViewName view,
        Optional<Field<?>> sort,
        SortOrder order,
        String q,
        String label,
        int offset,
        int limit,
        StatusFilter status,
        boolean regex,
        String tracker) {

    public static OverviewQuery parse(ViewName view, Function<String, String> param) {
        Optional<Field<?>> sort = Optional.ofNullable(blankToNull(param.apply("sort")))
                .map(name -> FieldCatalog.find(Scope.TORRENT, name)
                        .orElseThrow(() -> new IllegalArgumentException("cannot sort by '" + shorten(name)
                                + "': sort names a torrent field, such as name, size_bytes or ratio")));
        String order = Optional.ofNullable(blankToNull(param.apply("order"))).orElse("asc");
        if (!order.equals("asc") && !order.equals("desc")) {
            throw new IllegalArgumentException("order is 'asc' or 'desc', not '" + shorten(order) + "'");
        }
        String label = Optional.ofNullable(param.apply("label")).orElse("").strip();
        Label.of(label);
        String statusKey =
                Optional.ofNullable(blankToNull(param.apply("status"))).orElse("all");
        StatusFilter status = StatusFilter.byKey(statusKey)
                .orElseThrow(() -> new IllegalArgumentException("status is one of all, downloading, seeding, complete,"
                        + " stopped, paused, active, inactive, checking, error or tracker-error, not '"
                        + shorten(statusKey) + "'"));
        String tracker = Optional.ofNullable(blankToNull(param.apply("tracker")))
                .map(text -> {
                    try {
                        return TrackerDomain.of(text).value();
                    } catch (IllegalArgumentException e) {
                        throw new IllegalArgumentException("tracker: " + e.getMessage(), e);
                    }
                })
                .orElse("");
        return new OverviewQuery(
                view,
                sort,
                order.equals("desc") ? SortOrder.DESCENDING : SortOrder.ASCENDING,
                Optional.ofNullable(param.apply("q")).orElse("").strip(),
                label,
                number(param.apply("offset"), "offset", 0),
                number(param.apply("limit"), "limit", Listing.DEFAULT_LIMIT),
                status,
                "1".equals(param.apply("regex")),
                tracker);
    }

    /** The domain's listing: it checks sortability and the limit's range (1-1000). */
    public Listing listing(List<Field<?>> fields) {
        var listing = Listing.of(view, fields)
                .withPage(offset, limit)
                .withFilters(
                        Optional.of(q),
                        Optional.of(label).filter(l -> !l.isEmpty()).map(Label::of))
                .withStatus(status)
                .withTracker(Optional.of(tracker).filter(t -> !t.isEmpty()).map(TrackerDomain::of))
                .withRegex(regex)
                .withFacets(true);
        return sort.map(field -> listing.withSort(field, order)).orElse(listing);
    }

    /** This query's page, relative to the base. */
    String href() {
        return href(sort, order, q, label, offset);
    }

    String pageHref(int newOffset) {
        return href(sort, order, q, label, Math.max(0, newOffset));
    }

    String labelHref(String newLabel) {
        return href(sort, order, "", newLabel, 0);
    }

    /** The sidebar's link to a status filter: the label and search stay, the page starts again. */
    String statusHref(StatusFilter newStatus) {
        return with(newStatus).href(sort, order, q, label, 0);
    }

    /** The sidebar's link to a label (empty: every label); status and search stay. */
    String sidebarLabelHref(String newLabel) {
        return href(sort, order, q, newLabel, 0);
    }

    /**
     * The sidebar's link to a tracker domain; status, label and search stay. The current domain's
     * link turns the filter off again.
     */
    String trackerHref(String domain) {
        return withTracker(domain.equals(tracker) ? "" : domain).href(sort, order, q, label, 0);
    }

    private OverviewQuery with(StatusFilter newStatus) {
        return new OverviewQuery(view, sort, order, q, label, offset, limit, newStatus, regex, tracker);
    }

    private OverviewQuery withTracker(String newTracker) {
        return new OverviewQuery(view, sort, order, q, label, offset, limit, status, regex, newTracker);
    }

    /** Ascending first; a second click on the sorted column flips the order. */
    String sortHref(Field<?> field) {
        boolean flip = sort.filter(f -> f == field).isPresent() && order == SortOrder.ASCENDING;
        return href(Optional.of(field), flip ? SortOrder.DESCENDING : SortOrder.ASCENDING, q, label, 0);
    }

    /** The same query on another view; the page starts again. */
    String viewHref(String otherView) {
        return new OverviewQuery(ViewName.of(otherView), sort, order, q, label, 0, limit, status, regex, tracker)
                .href();
    }

    /** The query string with the view ("?view=main&sort=..."), for the live endpoint. */
    String liveQuery() {
        return "?" + String.join("&", params(sort, order, q, label, offset, true));
    }

    public String orderName() {
        return order == SortOrder.DESCENDING ? "desc" : "asc";
    }

    private String href(
            Optional<Field<?>> sortBy, SortOrder sortOrder, String query, String labelFilter, int pageOffset) {
        var params = params(sortBy, sortOrder, query, labelFilter, pageOffset, false);
        return "view/" + view.value() + (params.isEmpty() ? "" : "?" + String.join("&", params));
    }

    private List<String> params(
            Optional<Field<?>> sortBy,
            SortOrder sortOrder,
            String query,
            String labelFilter,
            int pageOffset,
            boolean withView) {
        var params = new ArrayList<String>();
        if (withView) {
            params.add("view=" + encode(view.value()));
        }
        sortBy.ifPresent(f -> params.add("sort=" + encode(f.name())));
        if (sortBy.isPresent() && sortOrder == SortOrder.DESCENDING) {
            params.add("order=desc");
        }
        if (!query.isEmpty()) {
            params.add("q=" + encode(query));
            if (regex) {
                params.add("regex=1");
            }
        }
        if (!labelFilter.isEmpty()) {
            params.add("label=" + encode(labelFilter));
        }
        if (status != StatusFilter.ALL) {
            params.add("status=" + status.key());
        }
        if (!tracker.isEmpty()) {
            params.add("tracker=" + encode(tracker));
        }
        if (pageOffset > 0) {
            params.add("offset=" + pageOffset);
        }
        if (limit != Listing.DEFAULT_LIMIT) {
            params.add("limit=" + limit);
        }
        return params;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static int number(String value, String name, int fallback) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " is a whole number, not '" + shorten(value) + "'");
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static String shorten(String value) {
        return value.length() <= 60 ? value : value.substring(0, 57) + "...";
    }
}
