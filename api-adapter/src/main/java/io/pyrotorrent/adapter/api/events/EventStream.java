package io.pyrotorrent.adapter.api.events;

import io.pyrotorrent.adapter.api.rest.TorrentColumns;
import io.pyrotorrent.domain.model.watch.TorrentEvent;
import io.pyrotorrent.domain.port.in.WatchTorrents;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * One client's event stream. The watcher's poller thread only queues (it must never block on a
 * slow client); this stream's own thread writes. A client that falls too far behind is told so
 * and dropped; a client that left is noticed at the next write (an event or a heartbeat), and then
 * the subscription is closed.
 */
final class EventStream {

    static final int MAX_QUEUED = 64;
    private static final Object STOP = new Object();

    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>(MAX_QUEUED + 1);
    private final EventJson json;
    private final Duration heartbeat;
    private volatile boolean overflowed;
    private volatile WatchTorrents.Subscription subscription;

    EventStream(TorrentColumns columns, Duration heartbeat) {
        this.json = new EventJson(columns);
        this.heartbeat = heartbeat;
    }

    /** Called from the watcher's thread: never blocks. */
    void offer(TorrentEvent event) {
        if (queue.size() >= MAX_QUEUED || !queue.offer(event)) {
            overflowed = true;
        }
    }

    void subscribed(WatchTorrents.Subscription subscription) {
        this.subscription = subscription;
    }

    /** Ends the stream soon, e.g. when the server stops. */
    void stop() {
        queue.offer(STOP);
    }

    /** Writes events until the client leaves, falls behind, or the stream is stopped. */
    void pump(EventSink sink) {
        try {
            while (sink.open()) {
                Object next = queue.poll(heartbeat.toMillis(), TimeUnit.MILLISECONDS);
                if (next == STOP) {
                    break;
                }
                if (overflowed) {
                    EventJson.Sse tooSlow = EventJson.tooSlow();
                    sink.event(tooSlow.name(), tooSlow.json());
                    break;
                }
                if (next == null) {
                    sink.comment("keep-alive");
                } else {
                    EventJson.Sse event = json.of((TorrentEvent) next);
                    sink.event(event.name(), event.json());
                }
            }
        } catch (IOException e) {
            // The client left mid-write: nothing to tell it.
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            close();
        }
    }

    void close() {
        WatchTorrents.Subscription current = subscription;
        if (current != null) {
            current.close();
        }
    }
}
