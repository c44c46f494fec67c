package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.listing.TorrentState;
import io.pyrotorrent.domain.model.overview.TargetStatus;
import io.pyrotorrent.domain.model.request.ClientQuery;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.domain.port.in.ListTargets;
import java.util.EnumMap;
import java.util.List;
import java.util.concurrent.Executor;

/** Client values plus the state flags of the main view (for the counts), per instance, all at once. */
public final class TargetStatusService implements ListTargets {

    private final Access access;
    private final Executor executor;

    public TargetStatusService(Targets targets, Executor executor) {
        this.access = new Access(targets);
        this.executor = executor;
    }

    @Override
    public List<TargetStatus> statuses(Principal caller, List<Field<?>> clientFields) {
        return EveryTarget.ask(access.visible(caller), executor, target -> status(caller, target, clientFields));
    }

    private TargetStatus status(Principal caller, TargetName target, List<Field<?>> clientFields) {
        var request = Request.builder();
        var client = request.add(ClientQuery.of(clientFields));
        var torrents = request.add(TorrentListQuery.of(ViewName.MAIN, TorrentState.FIELDS));
        try {
            var snapshot = access.client(caller, target).send(request.build());
            List<Row> rows = snapshot.get(torrents);
            var counts = new EnumMap<TorrentState, Integer>(TorrentState.class);
            for (TorrentState state : TorrentState.values()) {
                counts.put(state, 0);
            }
            rows.forEach(torrent -> counts.merge(TorrentState.of(torrent), 1, Integer::sum));
            return new TargetStatus.Reachable(target, snapshot.get(client), rows.size(), counts);
        } catch (TorrentClientException e) {
            return new TargetStatus.Unreachable(target, e.failure());
        } catch (RuntimeException e) {
            return new TargetStatus.Unreachable(
                    target,
                    new ClientFailure.ProtocolError(
                            "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }
}
