package io.pyrotorrent.adapter.api;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.UnknownTargetException;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.watch.TorrentEvent;
import io.pyrotorrent.domain.port.in.WatchTorrents;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** One watcher for every listener: the test says when it "polls" by calling {@link #publish}. */
public final class FakeWatch implements WatchTorrents {

    /** What a listener subscribed with, and whether it has left. */
    public static final class Listener implements Subscription {
        public final TargetName target;
        public final ViewName view;
        public final List<Field<?>> fields;
        public final Consumer<TorrentEvent> consumer;
        public volatile boolean closed;

        Listener(TargetName target, ViewName view, List<Field<?>> fields, Consumer<TorrentEvent> consumer) {
            this.target = target;
            this.view = view;
            this.fields = List.copyOf(fields);
            this.consumer = consumer;
        }

        @Override
        public void close() {
            closed = true;
        }
    }

    public final List<Listener> listeners = new CopyOnWriteArrayList<>();

    @Override
    public Subscription watch(
            Principal caller,
            TargetName target,
            ViewName view,
            List<Field<?>> fields,
            Consumer<TorrentEvent> listener) {
        if (!Set.of("alpha", "beta").contains(target.value())) {
            throw new UnknownTargetException(target.value());
        }
        var subscription = new Listener(target, view, fields, listener);
        listeners.add(subscription);
        return subscription;
    }

    /** One poll's event, to every listener still subscribed. */
    public void publish(TorrentEvent event) {
        listeners.stream().filter(l -> !l.closed).forEach(l -> l.consumer.accept(event));
    }

    public long open() {
        return listeners.stream().filter(l -> !l.closed).count();
    }
}
