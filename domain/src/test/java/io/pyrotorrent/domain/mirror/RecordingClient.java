package io.pyrotorrent.domain.mirror;

import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.Snapshot;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Passes requests on and keeps them, so a test can see what each poll asked. */
final class RecordingClient implements TorrentClient {

    private final TorrentClient target;
    final List<Request> requests = new CopyOnWriteArrayList<>();

    RecordingClient(TorrentClient target) {
        this.target = target;
    }

    @Override
    public Snapshot send(Request request) {
        requests.add(request);
        return target.send(request);
    }

    /** The reads of the main view a request holds. */
    static List<TorrentListQuery> mainReads(Request request) {
        return request.steps().stream()
                .filter(TorrentListQuery.class::isInstance)
                .map(TorrentListQuery.class::cast)
                .filter(q -> q.view().equals(ViewName.MAIN))
                .toList();
    }

    Request last() {
        return requests.get(requests.size() - 1);
    }
}
