package io.pyrotorrent.domain.rates;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.ClientQuery;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.Snapshot;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Answers the sampler's one request (global rates, started torrents' rates) with set values. */
final class RatesClient implements TorrentClient {

    private long down;
    private long up;
    final Map<InfoHash, long[]> torrents = new LinkedHashMap<>();
    int requests;

    void global(long down, long up) {
        this.down = down;
        this.up = up;
    }

    RatesClient torrent(InfoHash hash, long down, long up) {
        torrents.put(hash, new long[] {down, up});
        return this;
    }

    @Override
    public Snapshot send(Request request) {
        requests++;
        var outcomes = new ArrayList<Outcome<?>>();
        for (var step : request.steps()) {
            if (step instanceof ClientQuery client) {
                var fields = client.columns().fields();
                Object[] values = fields.stream()
                        .map(f -> f == ClientFields.DOWN_RATE ? (Object) down : (Object) up)
                        .toArray();
                outcomes.add(new Outcome.Success<>(client.columns().row(values)));
            } else {
                var list = (TorrentListQuery) step;
                var rows = new ArrayList<io.pyrotorrent.domain.model.field.Row>();
                torrents.forEach((hash, rates) -> rows.add(list.columns()
                        .row(list.columns().fields().stream()
                                .map(f -> f == TorrentFields.HASH
                                        ? (Object) hash
                                        : f == TorrentFields.DOWN_RATE ? (Object) rates[0] : (Object) rates[1])
                                .toArray())));
                outcomes.add(new Outcome.Success<List<io.pyrotorrent.domain.model.field.Row>>(List.copyOf(rows)));
            }
        }
        return new Snapshot(outcomes);
    }
}
