package io.pyrotorrent.adapter.api.rest;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.pyrotorrent.adapter.api.auth.VisibleTargets;
import io.pyrotorrent.adapter.api.http.ApiError;
import io.pyrotorrent.adapter.api.http.Json;
import io.pyrotorrent.adapter.api.http.PathParams;
import io.pyrotorrent.adapter.api.http.QueryParams;
import io.pyrotorrent.adapter.api.http.Replies;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.details.TorrentDetails;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.listing.Listing;
import io.pyrotorrent.domain.model.listing.Slice;
import io.pyrotorrent.domain.model.listing.SortOrder;
import io.pyrotorrent.domain.model.listing.TrackerDomain;
import io.pyrotorrent.domain.port.in.ListTorrents;
import io.pyrotorrent.domain.port.in.ShowTorrent;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/** GET .../torrents (one page of a view, typed) and GET .../torrents/{hash} (one torrent in detail). */
public final class TorrentReads {

    private static final Set<String> LIST_PARAMS =
            Set.of("view", "fields", "sort", "order", "q", "label", "tracker", "offset", "limit");
    private static final Set<String> PARTS = Set.of("files", "peers", "trackers");

    private final VisibleTargets targets;
    private final ListTorrents list;
    private final ShowTorrent show;

    public TorrentReads(VisibleTargets targets, ListTorrents list, ShowTorrent show) {
        this.targets = targets;
        this.list = list;
        this.show = show;
    }

    public void list(Context ctx, Principal caller) {
        QueryParams params = QueryParams.of(ctx, LIST_PARAMS);
        TargetName target = targets.require(caller, ctx.pathParam("target"));
        TorrentColumns columns = TorrentColumns.parse(params.list("fields"));
        Optional<Field<?>> sort = params.text("sort").map(TorrentColumns::sortable);
        Optional<Label> label = params.text("label").map(text -> value("label", () -> Label.of(text)));
        Optional<TrackerDomain> tracker =
                params.text("tracker").map(text -> value("tracker", () -> TrackerDomain.of(text)));
        Optional<String> name = params.text("q").map(q -> {
            if (q.length() > 256) {
                throw ApiError.badRequest("q: at most 256 characters");
            }
            return q;
        });
        Slice slice = list.slice(
                caller,
                target,
                new Listing(
                                view(params),
                                columns.fields(),
                                sort,
                                order(params),
                                name,
                                label,
                                params.number("offset", 0, Integer.MAX_VALUE, 0),
                                params.number("limit", 1, Listing.MAX_LIMIT, Listing.DEFAULT_LIMIT))
                        .withTracker(tracker));
        ObjectNode body = Json.object().put("total", slice.total());
        ObjectNode counts = body.putObject("counts");
        slice.stateCounts().forEach((state, count) -> counts.put(state.label(), count));
        ArrayNode torrents = body.putArray("torrents");
        slice.rows().forEach(row -> torrents.add(columns.row(row)));
        Replies.json(ctx, body);
    }

    public void details(Context ctx, Principal caller) {
        List<String> include =
                QueryParams.of(ctx, Set.of("include")).list("include").orElse(List.of());
        include.stream().filter(part -> !PARTS.contains(part)).findFirst().ifPresent(part -> {
            throw ApiError.badRequest(
                    "include: unknown part '" + QueryParams.abbreviate(part) + "'; parts are files, peers, trackers");
        });
        TargetName target = targets.require(caller, ctx.pathParam("target"));
        InfoHash hash = PathParams.hash(ctx);
        TorrentDetails details = show.details(caller, target, hash);
        ObjectNode body = Json.object();
        body.set("torrent", TorrentColumns.all().row(details.torrent()));
        if (include.contains("files")) {
            indexed(body.putArray("files"), details.files());
        }
        if (include.contains("peers")) {
            ArrayNode peers = body.putArray("peers");
            details.peers().forEach(peer -> peers.add(TypedValues.row(peer)));
        }
        if (include.contains("trackers")) {
            indexed(body.putArray("trackers"), details.trackers());
        }
        Replies.json(ctx, body);
    }

    /** Files and trackers are addressed by their position (file priority takes the index). */
    private static void indexed(ArrayNode array, List<Row> rows) {
        for (int i = 0; i < rows.size(); i++) {
            array.addObject().put("index", i).setAll(TypedValues.row(rows.get(i)));
        }
    }

    private static ViewName view(QueryParams params) {
        return params.text("view")
                .map(text -> value("view", () -> ViewName.of(text)))
                .orElse(ViewName.MAIN);
    }

    private static SortOrder order(QueryParams params) {
        String order = params.text("order").orElse("asc");
        return switch (order) {
            case "asc" -> SortOrder.ASCENDING;
            case "desc" -> SortOrder.DESCENDING;
            default ->
                throw ApiError.badRequest("order: expected asc or desc, not '" + QueryParams.abbreviate(order) + "'");
        };
    }

    private static <T> T value(String name, Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(name + ": " + e.getMessage());
        }
    }
}
