package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.listing.TorrentState;
import io.pyrotorrent.domain.model.request.ClientQuery;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.domain.model.watch.TorrentEvent;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** One watched question, polled on a schedule; tells each listener a Full first, then Changes. */
final class WatchPoll {

    private final TorrentClient client;
    private final Request request;
    private final List<Field<?>> fields;
    private final List<Consumer<TorrentEvent>> listeners = new CopyOnWriteArrayList<>();
    private final List<Consumer<TorrentEvent>> needFull = new CopyOnWriteArrayList<>();
    private Map<InfoHash, Row> last;
    private Row lastClient;
    private ScheduledFuture<?> task;

    private WatchPoll(TorrentClient client, ViewName view, List<Field<?>> fields) {
        this.client = client;
        this.fields = fields;
        this.request = new Request(List.of(
                ClientQuery.of(
                        ClientFields.UP_RATE, ClientFields.DOWN_RATE, ClientFields.UP_LIMIT, ClientFields.DOWN_LIMIT),
                TorrentListQuery.of(view, fields)));
    }

    static WatchPoll start(
            TorrentClient client,
            ViewName view,
            List<Field<?>> fields,
            ScheduledExecutorService scheduler,
            Duration interval) {
        var poll = new WatchPoll(client, view, fields);
        poll.task = scheduler.scheduleWithFixedDelay(poll::poll, 0, interval.toMillis(), TimeUnit.MILLISECONDS);
        return poll;
    }

    synchronized void add(Consumer<TorrentEvent> listener) {
        listeners.add(listener);
        if (last != null) {
            tell(listener, new TorrentEvent.Full(List.copyOf(last.values()), lastClient));
        } else {
            needFull.add(listener);
        }
    }

    /** Removes a listener; true when it was the last, and the poll has stopped. */
    synchronized boolean remove(Consumer<TorrentEvent> listener) {
        listeners.remove(listener);
        needFull.remove(listener);
        if (listeners.isEmpty()) {
            task.cancel(false);
            return true;
        }
        return false;
    }

    @SuppressWarnings("unchecked")
    synchronized void poll() {
        try {
            var snapshot = client.send(request);
            Row status = (Row) snapshot.outcomes().get(0).orThrow();
            var current = new LinkedHashMap<InfoHash, Row>();
            ((List<Row>) snapshot.outcomes().get(1).orThrow()).forEach(r -> current.put(r.get(TorrentFields.HASH), r));
            var full = new TorrentEvent.Full(List.copyOf(current.values()), status);
            if (last == null) {
                listeners.forEach(l -> tell(l, full));
            } else {
                TorrentEvent changes = changes(current, status);
                listeners.stream().filter(l -> !needFull.contains(l)).forEach(l -> tell(l, changes));
                needFull.forEach(l -> tell(l, full));
            }
            needFull.clear();
            last = current;
            lastClient = status;
        } catch (TorrentClientException e) {
            // After a failure everyone starts again from a Full snapshot.
            last = null;
            needFull.clear();
            needFull.addAll(listeners);
            listeners.forEach(l -> tell(l, new TorrentEvent.Failed(e.failure())));
        } catch (RuntimeException e) {
            last = null;
        }
    }

    private TorrentEvent changes(Map<InfoHash, Row> current, Row status) {
        var changed = new LinkedHashMap<InfoHash, Map<Field<?>, Object>>();
        var added = new ArrayList<Row>();
        current.forEach((hash, row) -> {
            Row before = last.get(hash);
            if (before == null) {
                added.add(row);
                return;
            }
            var fieldsChanged = new LinkedHashMap<Field<?>, Object>();
            for (Field<?> field : fields) {
                if (!Objects.equals(before.get(field), row.get(field))) {
                    fieldsChanged.put(field, row.get(field));
                }
            }
            if (fieldsChanged.keySet().stream().anyMatch(TorrentState.FIELDS::contains)) {
                TorrentState.FIELDS.stream().filter(fields::contains).forEach(f -> fieldsChanged.put(f, row.get(f)));
            }
            if (!fieldsChanged.isEmpty()) {
                changed.put(hash, fieldsChanged);
            }
        });
        var removed =
                last.keySet().stream().filter(h -> !current.containsKey(h)).toList();
        return new TorrentEvent.Changes(changed, added, removed, status);
    }

    /** A listener that throws is dropped: it must not stop the others. */
    private void tell(Consumer<TorrentEvent> listener, TorrentEvent event) {
        try {
            listener.accept(event);
        } catch (RuntimeException e) {
            listeners.remove(listener);
        }
    }
}
