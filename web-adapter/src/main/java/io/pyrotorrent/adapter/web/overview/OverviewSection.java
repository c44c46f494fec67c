package io.pyrotorrent.adapter.web.overview;

import io.pyrotorrent.adapter.web.http.Units;
import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.listing.Slice;
import io.pyrotorrent.domain.model.listing.TorrentState;
import io.pyrotorrent.domain.model.overview.TargetSection;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One instance's part of the overview: its header and one page of its torrents, or its error.
 *
 * @param kept empty for current values; for rows its mirror kept through an idle spell, how old
 *     their rates are ("3 minutes ago"): the page marks them and its script fetches current ones
 */
public record OverviewSection(
        String target,
        boolean loaded,
        String error,
        Status status,
        List<StateCount> counts,
        List<TorrentLine> torrents,
        Paging paging,
        String kept) {

    /** The instance header; a failed instance has an empty one. */
    public record Status(
            String hostname,
            String clientVersion,
            String libraryVersion,
            String downRate,
            String upRate,
            String downLimit,
            String upLimit,
            long downLimitKib,
            long upLimitKib,
            String memory) {
        static final Status NONE = new Status("", "", "", "", "", "", "", 0, 0, "");
    }

    record StateCount(String state, int count) {}

    /** Rows {@code from}-{@code to} of {@code total}; an empty href means no such page. */
    record Paging(int from, int to, int total, String previousHref, String nextHref) {}

    /** This page's rows as HTML (see {@link TorrentRows}); public, as Pebble calls only public methods. */
    public String rowsHtml(String base) {
        return TorrentRows.html(torrents, base, target);
    }

    static OverviewSection of(TargetSection section, OverviewQuery query) {
        String target = section.target().value();
        if (section instanceof TargetSection.Failed failed) {
            return new OverviewSection(
                    target,
                    false,
                    failed.failure().message(),
                    Status.NONE,
                    List.of(),
                    List.of(),
                    new Paging(0, 0, 0, "", ""),
                    "");
        }
        var loaded = (TargetSection.Loaded) section;
        Slice slice = loaded.torrents();
        return new OverviewSection(
                target,
                true,
                "",
                status(loaded.client()),
                Arrays.stream(TorrentState.values())
                        .map(s -> new StateCount(s.label(), slice.stateCounts().get(s)))
                        .toList(),
                slice.rows().stream()
                        .map(row -> TorrentLine.of(target, row, query))
                        .toList(),
                paging(slice, query),
                loaded.keptFrom().map(OverviewSection::keptAgo).orElse(""));
    }

    /** "40 s ago", "3 minutes ago": the mirror polls until it rests, so kept rows are often under a minute old. */
    private static String keptAgo(Instant from) {
        Instant now = Instant.now();
        long seconds = Math.max(0, Duration.between(from, now).getSeconds());
        return seconds < 60 ? seconds + " s ago" : Units.ago(from, now);
    }

    static Status status(Row c) {
        return new Status(
                c.get(ClientFields.HOSTNAME),
                c.get(ClientFields.CLIENT_VERSION),
                c.get(ClientFields.LIBRARY_VERSION),
                Units.rate(c.get(ClientFields.DOWN_RATE)),
                Units.rate(c.get(ClientFields.UP_RATE)),
                Units.limit(c.get(ClientFields.DOWN_LIMIT)),
                Units.limit(c.get(ClientFields.UP_LIMIT)),
                Units.kib(c.get(ClientFields.DOWN_LIMIT)),
                Units.kib(c.get(ClientFields.UP_LIMIT)),
                Units.bytes(c.get(ClientFields.MEMORY_USAGE)));
    }

    private static Paging paging(Slice slice, OverviewQuery query) {
        int from = Math.min(query.offset(), slice.total());
        int to = from + slice.rows().size();
        return new Paging(
                slice.rows().isEmpty() ? 0 : from + 1,
                to,
                slice.total(),
                from > 0 ? query.pageHref(from - query.limit()) : "",
                to < slice.total() ? query.pageHref(to) : "");
    }
}
