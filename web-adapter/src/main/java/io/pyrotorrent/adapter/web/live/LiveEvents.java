package io.pyrotorrent.adapter.web.live;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.sse.SseClient;
import io.javalin.http.sse.SseHandler;
import io.pyrotorrent.adapter.web.http.HeaderDisk;
import io.pyrotorrent.adapter.web.http.JsonText;
import io.pyrotorrent.adapter.web.http.Visitor;
import io.pyrotorrent.adapter.web.overview.TorrentLine;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.UnknownTargetException;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.listing.TorrentState;
import io.pyrotorrent.domain.port.in.WatchTorrents;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * GET /live/events?target=a&target=b&view=: the page's ONE event stream (server-sent events) for
 * all the instances it shows. It says what changed, not how it looks: which torrents changed,
 * whether torrents came or went, the rates (formatted here, as the page shows them), the header's
 * free disk space when it changed (checked with each event and each heartbeat); the page
 * then re-fetches its visible slice and counts, which the mirror answers, so neither the stream
 * nor the page asks rTorrent anything. Errors before the stream opens are JSON, as on the other
 * live endpoints; the browser's EventSource cannot read a 401, so the script asks the live
 * overview once to tell a logout from a server that is away.
 */
public final class LiveEvents {

    /** Each stream holds a request thread; one per tab, so a few hundred tabs is far beyond a seedbox. */
    static final int MAX_STREAMS = 200;

    /**
     * A tab that left is noticed only when a write to its stream fails (the second one after it
     * closed), and until then it keeps the mirror polling: every 5 s, so a closed tab stops costing
     * rTorrent within about 10 s rather than 30. A comment line costs next to nothing.
     */
    static final Duration HEARTBEAT = Duration.ofSeconds(5);

    /** What a row shows, and the flags its state (and the status filters) are derived from. */
    static final List<Field<?>> WATCHED = java.util.stream.Stream.concat(
                    TorrentLine.FIELDS.stream(), TorrentState.FIELDS.stream())
            .distinct()
            .toList();

    private final WatchTorrents watch;
    /** The header's free space per target, for who is asking: sent when it changes. */
    private final Function<Principal, List<HeaderDisk>> disks;

    private final Duration heartbeat;

    private final AtomicInteger open = new AtomicInteger();
    private final Set<LiveStream> streams = ConcurrentHashMap.newKeySet();

    LiveEvents(WatchTorrents watch) {
        this(watch, caller -> List.of());
    }

    public LiveEvents(WatchTorrents watch, Function<Principal, List<HeaderDisk>> disks) {
        this(watch, disks, HEARTBEAT);
    }

    /** With another heartbeat: tests of what an idle stream sends. */
    LiveEvents(WatchTorrents watch, Function<Principal, List<HeaderDisk>> disks, Duration heartbeat) {
        this.watch = watch;
        this.disks = disks;
        this.heartbeat = heartbeat;
    }

    public void events(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        ctx.header("X-Accel-Buffering", "no"); // nginx: pass each event on at once
        Principal caller = Visitor.of(ctx);
        var targets = new LinkedHashSet<String>(ctx.queryParams("target"));
        Optional<String> error = check(ctx, targets);
        if (error.isPresent()) {
            json(ctx, HttpStatus.BAD_REQUEST, error.get());
            return;
        }
        ViewName view = ViewName.of(Optional.ofNullable(ctx.queryParam("view")).orElse("main"));
        String accept = ctx.header("Accept");
        if (accept == null || !accept.contains("text/event-stream")) {
            // As the API's stream: a plain GET (a link, a fuzzer, a prefetch) gets an answer, not a stream.
            json(
                    ctx,
                    HttpStatus.NOT_ACCEPTABLE,
                    "this route streams server-sent events; ask with Accept: text/event-stream");
            return;
        }
        if ("HEAD".equals(ctx.method().name())) {
            ctx.contentType("text/event-stream"); // what a GET would start; a HEAD holds no stream open
            return;
        }
        if (open.incrementAndGet() > MAX_STREAMS) {
            open.decrementAndGet();
            json(ctx, HttpStatus.SERVICE_UNAVAILABLE, "all " + MAX_STREAMS + " live streams are open; try again later");
            return;
        }
        var stream = new LiveStream(heartbeat, () -> disks.apply(caller));
        var subscriptions = new ArrayList<WatchTorrents.Subscription>();
        try {
            for (String target : targets) {
                subscriptions.add(
                        watch.watch(caller, TargetName.of(target), view, WATCHED, e -> stream.offer(target, e)));
            }
        } catch (UnknownTargetException e) {
            subscriptions.forEach(WatchTorrents.Subscription::close);
            open.decrementAndGet();
            json(ctx, HttpStatus.NOT_FOUND, e.getMessage());
            return;
        }
        streams.add(stream);
        try {
            new SseHandler(0, (SseClient client) -> {
                        try {
                            stream.pump(client);
                        } finally {
                            subscriptions.forEach(WatchTorrents.Subscription::close);
                            if (streams.remove(stream)) {
                                open.decrementAndGet();
                            }
                        }
                    })
                    .handle(ctx);
        } catch (Exception e) {
            subscriptions.forEach(WatchTorrents.Subscription::close);
            if (streams.remove(stream)) {
                open.decrementAndGet();
            }
            throw new IllegalStateException("the live stream could not start", e);
        }
    }

    /** When the server stops: end every stream, so the stop does not wait for them. */
    public void stopAll() {
        streams.forEach(LiveStream::stop);
    }

    private static Optional<String> check(Context ctx, Set<String> targets) {
        if (targets.isEmpty()) {
            return Optional.of("target: name at least one instance to watch");
        }
        try {
            targets.forEach(TargetName::of);
            ViewName.of(Optional.ofNullable(ctx.queryParam("view")).orElse("main"));
        } catch (IllegalArgumentException e) {
            return Optional.of(e.getMessage());
        }
        return Optional.empty();
    }

    private static void json(Context ctx, HttpStatus status, String message) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(JsonText.of(Map.of("error", message)));
    }

    /** For tests: how many streams are open now. */
    int open() {
        return open.get();
    }
}
