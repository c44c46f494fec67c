package io.pyrotorrent.it.bench;

import io.pyrotorrent.adapter.rtorrent.RtorrentClient;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.ChangeCountQuery;
import io.pyrotorrent.domain.model.request.ClientQuery;
import io.pyrotorrent.domain.model.request.FilteredQuery;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.Step;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.domain.model.request.TorrentQuery;
import io.pyrotorrent.domain.model.request.ViewSizesQuery;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What each part of the mirror's plain poll costs rTorrent late in a run, with the transfers still
 * going and the mirror stopped: each part sent alone {@link #CALLS} times, rTorrent's CPU per call
 * (its CPU over the calls less what it spent idle over as long just before) and the median time on
 * the wire. Late in the runs of 2026-12-07 the mirror's plain polls took 60-80 ms on the wire where
 * they took 8-14 ms in the first windows; this says which part, if any, grew.
 */
final class PollParts {

    static final int CALLS = 20;

    /** As the mirror's transferring read: the status flags, the message and the moving values. */
    private static final List<Field<?>> TRANSFERRING = List.of(
            TorrentFields.HASH,
            TorrentFields.STATE,
            TorrentFields.ACTIVE,
            TorrentFields.COMPLETE,
            TorrentFields.HASHING,
            TorrentFields.MESSAGE,
            TorrentFields.UP_RATE,
            TorrentFields.DOWN_RATE,
            TorrentFields.COMPLETED_BYTES,
            TorrentFields.BYTES_DONE,
            TorrentFields.LEFT_BYTES,
            TorrentFields.UP_TOTAL,
            TorrentFields.DOWN_TOTAL,
            TorrentFields.RATIO,
            TorrentFields.PEERS_CONNECTED,
            TorrentFields.PEERS_COMPLETE,
            TorrentFields.COMPLETED_CHUNKS);

    private PollParts() {}

    /** "part: CPU ms per call, wire ms (median), rows" for each part, in the order of a poll. */
    static Map<String, String> measure(URI scgi, RtorrentCpu cpu, InfoHash transferring) throws Exception {
        var client = RtorrentClient.connect(scgi, BenchRtorrent.settings());
        var parts = new LinkedHashMap<String, Step<?>>();
        parts.put(
                "client values (13)",
                ClientQuery.of(
                        ClientFields.PID,
                        ClientFields.TIME,
                        ClientFields.UP_TOTAL,
                        ClientFields.DOWN_TOTAL,
                        ClientFields.UP_RATE,
                        ClientFields.DOWN_RATE,
                        ClientFields.UP_LIMIT,
                        ClientFields.DOWN_LIMIT,
                        ClientFields.HOSTNAME,
                        ClientFields.CLIENT_VERSION,
                        ClientFields.LIBRARY_VERSION,
                        ClientFields.MEMORY_USAGE,
                        ClientFields.VIEWS));
        parts.put("the change count", ChangeCountQuery.READ);
        parts.put(
                "transferring torrents (active view, a rate above 0), 17 values",
                FilteredQuery.transferring(new ViewName("active"), TRANSFERRING));
        parts.put(
                "five view sizes",
                new ViewSizesQuery(List.of(
                        ViewName.MAIN,
                        new ViewName("started"),
                        new ViewName("active"),
                        new ViewName("complete"),
                        new ViewName("hashing"))));
        parts.put(
                "torrents with a message (every 7.5 s)",
                FilteredQuery.withMessage(ViewName.MAIN, List.of(TorrentFields.HASH, TorrentFields.MESSAGE)));
        parts.put(
                "the leeching view's hashes (after an unexplained move)",
                TorrentListQuery.of(new ViewName("leeching"), List.of(TorrentFields.HASH)));
        parts.put("one transferring torrent's 17 values by hash", TorrentQuery.of(transferring, TRANSFERRING));
        var results = new LinkedHashMap<String, String>();
        for (var part : parts.entrySet()) {
            results.put("poll part late in the run: " + part.getKey(), one(client, cpu, part.getValue()));
        }
        return results;
    }

    private static String one(RtorrentClient client, RtorrentCpu cpu, Step<?> step) {
        Request request = Request.of(step);
        client.send(request); // warm
        double idle = cpu.perMinute(2) / 60;
        var wire = new Samples();
        double before = cpu.seconds();
        long start = System.nanoTime();
        Object answer = null;
        for (int i = 0; i < CALLS; i++) {
            long t = System.nanoTime();
            answer = client.send(request).outcomes().get(0);
            wire.add((System.nanoTime() - t) / 1e6);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuMs = Math.max(0, (cpu.seconds() - before - idle * seconds) * 1000 / CALLS);
        String rows = answer instanceof Outcome.Success<?> success && success.value() instanceof List<?> list
                ? ", " + list.size() + " rows"
                : answer instanceof Outcome.Failure<?> failure ? ", failed: " + failure.failure() : "";
        return String.format(
                Locale.ROOT,
                "%.1f ms of rTorrent's CPU a call, %.1f ms on the wire (median)%s",
                cpuMs,
                wire.median(),
                rows);
    }
}
