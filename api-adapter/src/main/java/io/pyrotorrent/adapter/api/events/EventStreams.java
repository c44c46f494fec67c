package io.pyrotorrent.adapter.api.events;

import io.javalin.http.Context;
import io.javalin.http.sse.SseHandler;
import io.pyrotorrent.adapter.api.auth.VisibleTargets;
import io.pyrotorrent.adapter.api.http.ApiError;
import io.pyrotorrent.adapter.api.http.QueryParams;
import io.pyrotorrent.adapter.api.rest.TorrentColumns;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.port.in.WatchTorrents;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * GET /api/v1/targets/{target}/events?fields=&view=: live updates as server-sent events. Everything
 * that can go wrong (auth, target, fields) is checked before the stream opens, so errors are the
 * usual JSON; each stream holds one thread, so their number is capped.
 */
public final class EventStreams {

    public static final int MAX_STREAMS = 100;
    public static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final VisibleTargets targets;
    private final WatchTorrents watch;
    private final Set<EventStream> open = ConcurrentHashMap.newKeySet();

    public EventStreams(VisibleTargets targets, WatchTorrents watch) {
        this.targets = targets;
        this.watch = watch;
    }

    public void handle(Context ctx, Principal caller) throws Exception {
        QueryParams params = QueryParams.of(ctx, Set.of("fields", "view"));
        TargetName target = targets.require(caller, ctx.pathParam("target"));
        TorrentColumns columns = TorrentColumns.parse(params.list("fields"));
        ViewName view;
        try {
            view = params.text("view").map(ViewName::of).orElse(ViewName.MAIN);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("view: " + e.getMessage());
        }
        String accept = ctx.header("Accept");
        if (accept == null || !accept.contains("text/event-stream")) {
            throw new ApiError(
                    406, "not_acceptable", "this route streams server-sent events; ask with Accept: text/event-stream");
        }
        if (open.size() >= MAX_STREAMS) {
            throw new ApiError(503, "too_many_streams", "too many event streams are open; try again later");
        }
        var stream = new EventStream(columns, HEARTBEAT);
        stream.subscribed(watch.watch(caller, target, view, columns.fields(), stream::offer));
        open.add(stream);
        try {
            new SseHandler(0, client -> {
                        try {
                            stream.pump(client);
                        } finally {
                            open.remove(stream);
                        }
                    })
                    .handle(ctx);
        } catch (RuntimeException e) {
            open.remove(stream);
            stream.close();
            throw e;
        }
    }

    /** When the server stops: end every stream, so the stop does not wait for them. */
    public void stopAll() {
        open.forEach(EventStream::stop);
    }
}
