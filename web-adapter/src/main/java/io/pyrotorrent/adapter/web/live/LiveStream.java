package io.pyrotorrent.adapter.web.live;

import io.javalin.http.sse.SseClient;
import io.pyrotorrent.adapter.web.http.HeaderDisk;
import io.pyrotorrent.adapter.web.http.JsonText;
import io.pyrotorrent.adapter.web.http.Units;
import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.watch.TorrentEvent;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One tab's stream. The watcher's thread only queues (a slow tab must never hold up the mirror);
 * this stream's request thread writes. A tab that falls behind gets one "resync" (it re-reads
 * what it shows) instead of a backlog; a tab that left is noticed at the next write.
 */
final class LiveStream {

    static final int MAX_QUEUED = 64;
    private static final Object STOP = new Object();
    private static final Object RESYNC = new Object();

    private record Event(String target, TorrentEvent event) {}

    private final BlockingQueue<Object> queue = new LinkedBlockingQueue<>();
    private final Duration heartbeat;
    /** Each target's last rates, for the header's totals over all of them. */
    private final Map<String, Row> rates = new ConcurrentHashMap<>();
    /** The header's free space now (cached for seconds by the use case, so asking often is cheap). */
    private final Supplier<List<HeaderDisk>> disks;
    /** What this tab was last told about the disks: only a change is sent again. */
    private List<HeaderDisk> sentDisks;

    LiveStream(Duration heartbeat) {
        this(heartbeat, List::of);
    }

    LiveStream(Duration heartbeat, Supplier<List<HeaderDisk>> disks) {
        this.heartbeat = heartbeat;
        this.disks = disks;
    }

    /** Called from the watcher's thread: never blocks. */
    void offer(String target, TorrentEvent event) {
        if (queue.size() >= MAX_QUEUED) {
            queue.clear();
            queue.offer(RESYNC);
            return;
        }
        queue.offer(new Event(target, event));
    }

    void stop() {
        queue.offer(STOP);
    }

    void pump(SseClient client) {
        try {
            sentDisks = disks.get(); // the page was rendered with them a moment ago
            client.sendEvent("hello", "{}");
            while (!client.terminated()) {
                Object next = queue.poll(heartbeat.toMillis(), TimeUnit.MILLISECONDS);
                if (next == STOP) {
                    break;
                } else if (next == null) {
                    // Idle instances send no events, but the disk may fill from elsewhere.
                    changedDisks()
                            .ifPresentOrElse(
                                    d -> client.sendEvent("disk", JsonText.of(Map.of("disks", d))),
                                    () -> client.sendComment("keep-alive"));
                } else if (next == RESYNC) {
                    client.sendEvent("resync", "{}");
                } else {
                    var e = (Event) next;
                    client.sendEvent(name(e.event()), JsonText.of(data(e.target(), e.event())));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            client.close();
        }
    }

    private static String name(TorrentEvent event) {
        if (event instanceof TorrentEvent.Full) {
            return "full";
        }
        return event instanceof TorrentEvent.Changes ? "changes" : "failed";
    }

    private Map<String, Object> data(String target, TorrentEvent event) {
        var data = new LinkedHashMap<String, Object>();
        data.put("target", target);
        if (event instanceof TorrentEvent.Full full) {
            rates.put(target, full.client());
            data.put("count", full.torrents().size());
        } else if (event instanceof TorrentEvent.Changes changes) {
            rates.put(target, changes.client());
            data.put(
                    "changed",
                    changes.changed().keySet().stream().map(h -> h.hex()).toList());
            data.put("added", changes.added().size());
            data.put("removed", changes.removed().size());
            milestones(changes, data);
        } else if (event instanceof TorrentEvent.Failed failed) {
            rates.remove(target);
            data.put("error", failed.failure().message());
        }
        Row own = rates.get(target);
        if (own != null) {
            data.put("rates", rates(own.get(ClientFields.DOWN_RATE), own.get(ClientFields.UP_RATE)));
            var limits = new LinkedHashMap<String, Object>();
            limits.put("down", Units.limit(own.get(ClientFields.DOWN_LIMIT)));
            limits.put("up", Units.limit(own.get(ClientFields.UP_LIMIT)));
            data.put("limits", limits);
        }
        long down = 0;
        long up = 0;
        for (Row row : List.copyOf(rates.values())) {
            down += row.get(ClientFields.DOWN_RATE);
            up += row.get(ClientFields.UP_RATE);
        }
        data.put("total", rates(down, up));
        changedDisks().ifPresent(d -> data.put("disks", d));
        return data;
    }

    /**
     * What a person may want told even when not looking (the page's desktop notifications): the
     * torrents that just finished, and those that just got an error (a tracker's message, a failed
     * hash check). Read off this change alone: a field is in it only when it changed, so complete
     * turning true is a finish and a new non-empty message is a new error; nothing is remembered per
     * tab (a 20,000-torrent instance would make that megabytes a tab).
     */
    private static void milestones(TorrentEvent.Changes changes, Map<String, Object> data) {
        var finished = new ArrayList<String>();
        var errors = new ArrayList<Map<String, String>>();
        changes.changed().forEach((hash, fields) -> {
            if (Boolean.TRUE.equals(fields.get(TorrentFields.COMPLETE))) {
                finished.add(hash.hex());
            }
            if (fields.get(TorrentFields.MESSAGE) instanceof String message && !message.isEmpty()) {
                errors.add(Map.of("hash", hash.hex(), "message", message));
            } else if (Boolean.TRUE.equals(fields.get(TorrentFields.HASHING_FAILED))) {
                errors.add(Map.of("hash", hash.hex(), "message", "the hash check failed"));
            }
        });
        if (!finished.isEmpty()) {
            data.put("finished", finished);
        }
        if (!errors.isEmpty()) {
            data.put("errors", errors);
        }
    }

    /** The disks as JSON when they differ from what this tab last got; empty when unchanged. */
    private Optional<List<Map<String, Object>>> changedDisks() {
        List<HeaderDisk> now = disks.get();
        if (now.equals(sentDisks)) {
            return Optional.empty();
        }
        sentDisks = now;
        return Optional.of(now.stream().map(HeaderDisk::json).toList());
    }

    private static Map<String, Object> rates(long down, long up) {
        var rates = new LinkedHashMap<String, Object>();
        rates.put("down", Units.rate(down));
        rates.put("up", Units.rate(up));
        rates.put("downBytes", down);
        rates.put("upBytes", up);
        return rates;
    }
}
