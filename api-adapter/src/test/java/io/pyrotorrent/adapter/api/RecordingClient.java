package io.pyrotorrent.adapter.api;

import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.Snapshot;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Wraps a client: remembers every request, and can refuse every command as rTorrent does with a fault. */
public final class RecordingClient implements TorrentClient {

    public final List<Request> requests = new CopyOnWriteArrayList<>();
    private final TorrentClient delegate;
    private volatile ClientFailure.Rejected refusal;

    public RecordingClient(TorrentClient delegate) {
        this.delegate = delegate;
    }

    /** From now on every command fails alone with this fault; queries still answer. */
    public void refuseCommands(int faultCode, String faultString) {
        refusal = new ClientFailure.Rejected(faultCode, faultString);
    }

    @Override
    public Snapshot send(Request request) {
        requests.add(request);
        ClientFailure.Rejected refused = refusal;
        if (refused != null && request.steps().stream().allMatch(step -> step instanceof Command)) {
            return new Snapshot(request.steps().stream()
                    .<Outcome<?>>map(step -> new Outcome.Failure<>(refused))
                    .toList());
        }
        return delegate.send(request);
    }

    public Request last() {
        return requests.get(requests.size() - 1);
    }
}
