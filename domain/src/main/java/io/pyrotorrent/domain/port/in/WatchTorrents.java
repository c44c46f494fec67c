package io.pyrotorrent.domain.port.in;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.watch.TorrentEvent;
import java.util.List;
import java.util.function.Consumer;

/**
 * Live updates of one instance's view. However many listen, the instance is polled once per
 * interval for each distinct (view, fields); each listener gets a Full event, then Changes.
 */
public interface WatchTorrents {

    /**
     * Starts listening; the listener is called from a poller thread and must not block.
     *
     * @throws io.pyrotorrent.domain.model.UnknownTargetException for a target not configured or not the caller's
     */
    Subscription watch(
            Principal caller, TargetName target, ViewName view, List<Field<?>> fields, Consumer<TorrentEvent> listener);

    /** Stops one listener; the poll stops when its last listener leaves. */
    interface Subscription extends AutoCloseable {
        @Override
        void close();
    }
}
