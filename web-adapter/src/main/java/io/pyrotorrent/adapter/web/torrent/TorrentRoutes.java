package io.pyrotorrent.adapter.web.torrent;

import io.javalin.http.Context;
import io.pyrotorrent.adapter.web.http.LiveAnswers;
import io.pyrotorrent.adapter.web.http.Pages;
import io.pyrotorrent.adapter.web.http.Visitor;
import io.pyrotorrent.adapter.web.overview.OverviewQuery;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.details.TorrentDetails;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.port.in.ShowTorrent;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.stream.IntStream;

/** The torrent page and its live data: each one round trip through {@link ShowTorrent}. */
public final class TorrentRoutes {

    private final ShowTorrent torrents;
    private final Pages pages;
    private final Clock clock;

    public TorrentRoutes(ShowTorrent torrents, Pages pages, Clock clock) {
        this.torrents = torrents;
        this.pages = pages;
        this.clock = clock;
    }

    public void page(Context ctx) {
        var target = TargetName.of(ctx.pathParam("target"));
        TorrentDetails details = torrents.details(Visitor.of(ctx), target, InfoHash.of(ctx.pathParam("hash")));
        pages.render(ctx, "torrent", TorrentPage.of(target.value(), details, clock.instant()));
    }

    /** The details drawer's fragment: the same data as the page, in tabs, without the layout. */
    public void panel(Context ctx) {
        var target = TargetName.of(ctx.pathParam("target"));
        TorrentDetails details = torrents.details(Visitor.of(ctx), target, InfoHash.of(ctx.pathParam("hash")));
        pages.render(ctx, "torrent-panel", TorrentPage.of(target.value(), details, clock.instant()));
    }

    /** What changes while the page is open: info, each file's progress, the peers. */
    public void live(Context ctx) {
        LiveAnswers.write(ctx, () -> {
            TorrentDetails details = torrents.details(
                    Visitor.of(ctx), TargetName.of(ctx.pathParam("target")), InfoHash.of(ctx.pathParam("hash")));
            var answer = new LinkedHashMap<String, Object>();
            answer.put("name", details.torrent().get(TorrentFields.NAME)); // what a notification names
            answer.put("info", TorrentPage.info(details.torrent(), clock.instant()));
            answer.put(
                    "files",
                    IntStream.range(0, details.files().size())
                            .mapToObj(i ->
                                    FileTree.FileProgress.of(i, details.files().get(i)))
                            .toList());
            answer.put(
                    "peers",
                    details.peers().stream().map(TorrentPage.PeerLine::of).toList());
            return answer;
        });
    }

    /** A file's index from the URL: a clear 400 rather than a NumberFormatException's wording. */
    public static int fileIndex(String value) {
        try {
            int index = Integer.parseInt(value);
            if (index >= 0) {
                return index;
            }
        } catch (NumberFormatException e) {
            // falls through to the message below
        }
        throw new IllegalArgumentException(
                "a file index is a whole number from 0, not '" + OverviewQuery.shorten(value) + "'");
    }
}
