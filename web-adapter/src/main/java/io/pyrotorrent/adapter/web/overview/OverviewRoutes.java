package io.pyrotorrent.adapter.web.overview;

import io.javalin.http.Context;
import io.pyrotorrent.adapter.web.http.LiveAnswers;
import io.pyrotorrent.adapter.web.http.Pages;
import io.pyrotorrent.adapter.web.http.Visitor;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.port.in.ShowOverview;
import java.util.Map;
import java.util.Optional;

/** The overview page and its live data: one round trip per instance, instances in parallel. */
public final class OverviewRoutes {

    private final ShowOverview overview;
    private final Pages pages;

    public OverviewRoutes(ShowOverview overview, Pages pages) {
        this.overview = overview;
        this.pages = pages;
    }

    /**
     * After an idle spell the page paints the rows the mirror kept, marked with their age, at once;
     * its script then asks for current ones ({@link #live}, which waits for them).
     */
    public void page(Context ctx, ViewName view) {
        pages.render(ctx, "overview", load(ctx, view, true));
    }

    /** The same page as data; the view comes as a parameter ({@code ?view=}), "main" when absent. */
    public void live(Context ctx) {
        LiveAnswers.write(ctx, () -> {
            var page = load(
                    ctx, ViewName.of(Optional.ofNullable(ctx.queryParam("view")).orElse("main")), false);
            return Map.of("sections", page.sections(), "sidebar", page.sidebar());
        });
    }

    /** {@code atOnce}: kept rows will do (see {@link ShowOverview#overviewAtOnce}). */
    private OverviewPage load(Context ctx, ViewName view, boolean atOnce) {
        var query = OverviewQuery.parse(view, ctx::queryParam);
        var listing = query.listing(TorrentLine.FIELDS);
        var caller = Visitor.of(ctx);
        return OverviewPage.of(
                atOnce ? overview.overviewAtOnce(caller, listing) : overview.overview(caller, listing), query);
    }
}
