package io.pyrotorrent.adapter.web.overview;

import io.javalin.http.Context;
import io.pyrotorrent.adapter.web.http.LiveAnswers;
import io.pyrotorrent.adapter.web.http.Visitor;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.listing.Slice;
import io.pyrotorrent.domain.port.in.ListTorrents;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The list's rows near the viewport, as JSON: the server filters and sorts the whole view and
 * sends one slice ({@code ?view=&status=&label=&tracker=&q=&regex=&sort=&order=&offset=&limit=}, the
 * overview's own parameters), so the browser never holds 20,000 rows.
 */
public final class SliceRoutes {

    private final ListTorrents list;

    public SliceRoutes(ListTorrents list) {
        this.list = list;
    }

    /** The answer: how many match in all, where this slice starts, and its rows. */
    record SliceAnswer(int total, int offset, List<TorrentLine> rows) {}

    public void slice(Context ctx) {
        LiveAnswers.write(ctx, () -> {
            String target = ctx.pathParam("target");
            var view = ViewName.of(Optional.ofNullable(ctx.queryParam("view")).orElse("main"));
            var query = OverviewQuery.parse(view, ctx::queryParam);
            Slice slice = list.slice(Visitor.of(ctx), TargetName.of(target), query.listing(TorrentLine.FIELDS));
            return Map.of(
                    "slice",
                    new SliceAnswer(
                            slice.total(),
                            Math.min(query.offset(), slice.total()),
                            slice.rows().stream()
                                    .map(row -> TorrentLine.of(target, row, query))
                                    .toList()));
        });
    }
}
