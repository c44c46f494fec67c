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
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * GET /api/v1/targets/{target}/events?fields=&view=: live updates as server-sent events. Everything
 * that can go wrong (auth, target, fields) is checked before the stream opens, so errors are the
 * usual JSON; each stream holds one thread, so their number is capped: in all, and per user, so
 * that one user cannot take every slot. Without configured users everyone is {@link Principal#LOCAL}
 * (loopback only), one person, so only the total applies.
 */
public final class EventStreams {

    public static final int MAX_STREAMS = 100;
    public static final int MAX_PER_USER = 10;
    public static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final VisibleTargets targets;
    private final WatchTorrents watch;
    private final Set<EventStream> open = ConcurrentHashMap.newKeySet();
    /** Streams held per user name; checked and counted under one lock, so a burst cannot overshoot. */
    private final Map<String, Integer> perUser = new HashMap<>();

    private int total;

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
        String user = caller.name();
        reserve(caller);
        EventStream stream;
        try {
            stream = new EventStream(columns, HEARTBEAT);
            stream.subscribed(watch.watch(caller, target, view, columns.fields(), stream::offer));
        } catch (RuntimeException e) {
            release(user);
            throw e;
        }
        open.add(stream);
        try {
            new SseHandler(0, client -> {
                        try {
                            stream.pump(EventSink.of(client));
                        } finally {
                            client.close();
                            if (open.remove(stream)) {
                                release(user);
                            }
                        }
                    })
                    .handle(ctx);
        } catch (RuntimeException e) {
            if (open.remove(stream)) {
                release(user);
            }
            stream.close();
            throw e;
        }
    }

    private synchronized void reserve(Principal caller) {
        if (total >= MAX_STREAMS) {
            throw new ApiError(
                    503, "too_many_streams", "all " + MAX_STREAMS + " event streams are open; try again later");
        }
        int theirs = perUser.getOrDefault(caller.name(), 0);
        if (theirs >= MAX_PER_USER && !caller.equals(Principal.LOCAL)) {
            throw new ApiError(
                    503,
                    "too_many_streams",
                    "you have " + theirs + " event streams open, the most one user may have (" + MAX_PER_USER
                            + "); close one and try again");
        }
        perUser.put(caller.name(), theirs + 1);
        total++;
    }

    private synchronized void release(String user) {
        perUser.computeIfPresent(user, (name, count) -> count > 1 ? count - 1 : null);
        total--;
    }

    /** When the server stops: end every stream, so the stop does not wait for them. */
    public void stopAll() {
        open.forEach(EventStream::stop);
    }
}
