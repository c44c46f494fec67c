package io.pyrotorrent.it.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.rtorrent.RtorrentClient;
import io.pyrotorrent.adapter.rtorrent.transport.RoundTrip;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.FileFields;
import io.pyrotorrent.domain.model.field.PeerFields;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.field.TrackerFields;
import io.pyrotorrent.domain.model.listing.Listing;
import io.pyrotorrent.domain.model.request.ClientQuery;
import io.pyrotorrent.domain.model.request.FileListQuery;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.PeerListQuery;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.domain.model.request.TorrentQuery;
import io.pyrotorrent.domain.model.request.TrackerListQuery;
import io.pyrotorrent.domain.service.OverviewService;
import io.pyrotorrent.it.support.RtorrentContainer;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The floors: the same calls pyroTorrent's pages make, through pyroTorrent's own adapter straight
 * over SCGI, timed as wire time only: what no front end on top of rTorrent can beat.
 */
final class RawFloors {

    private RawFloors() {}

    /** The overview's, the list's, the legacy API's and the torrent page's call, each its own row. */
    static void measure(SizeResult result, RtorrentContainer rtorrent, InfoHash hash, int runs, int warmup) {
        var fetched = Listing.of(ViewName.MAIN, BenchColumns.OVERVIEW_COLUMNS).fieldsToFetch();
        // The floors: pyroTorrent's own adapter, but only the wire time of its one round trip.
        var overviewRequest = Request.builder();
        overviewRequest.add(ClientQuery.of(OverviewService.CLIENT_FIELDS));
        overviewRequest.add(TorrentListQuery.of(ViewName.MAIN, fetched));
        floor(
                result,
                rtorrent,
                "floor_overview",
                "floor: the overview's call (status + d.multicall2, " + fetched.size() + " fields), raw SCGI",
                overviewRequest.build(),
                runs,
                warmup);
        floor(
                result,
                rtorrent,
                "floor_list",
                "floor: d.multicall2 alone, same " + fetched.size() + " fields",
                Request.of(TorrentListQuery.of(ViewName.MAIN, fetched)),
                runs,
                warmup);
        floor(
                result,
                rtorrent,
                "floor_legacy",
                "floor: d.multicall2 with the legacy API's " + BenchColumns.LEGACY_FIELDS.size() + " fields",
                Request.of(TorrentListQuery.of(ViewName.DEFAULT, BenchColumns.LEGACY_FIELDS)),
                runs,
                warmup);
        var detailsRequest = Request.builder();
        detailsRequest.add(TorrentQuery.of(hash, TorrentFields.ALL));
        detailsRequest.add(FileListQuery.of(hash, FileFields.ALL));
        detailsRequest.add(PeerListQuery.of(hash, PeerFields.ALL));
        detailsRequest.add(TrackerListQuery.of(hash, TrackerFields.ALL));
        floor(
                result,
                rtorrent,
                "floor_torrent",
                "floor: the torrent page's call (torrent, files, peers, trackers)",
                detailsRequest.build(),
                runs,
                warmup);
    }

    private static void floor(
            SizeResult result,
            RtorrentContainer rtorrent,
            String key,
            String label,
            Request request,
            int runs,
            int warmup) {
        var last = new AtomicReference<RoundTrip>();
        var client = RtorrentClient.connect(rtorrent.scgiTcpUrl(), BenchRtorrent.settings(), last::set);
        var samples = new Samples();
        var decoding = new Samples();
        long bytes = 0;
        for (int i = 0; i < warmup + runs; i++) {
            last.set(null);
            long started = System.nanoTime();
            var snapshot = client.send(request);
            double totalMs = (System.nanoTime() - started) / 1e6;
            assertThat(snapshot.outcomes()).allMatch(Outcome.Success.class::isInstance);
            RoundTrip trip = last.get();
            if (i >= warmup) {
                double wireMs = trip.elapsed().toNanos() / 1e6;
                samples.add(wireMs);
                decoding.add(totalMs - wireMs);
                bytes = trip.bytesReceived();
            }
            Pacing.spaced();
        }
        result.rows().add(new Row(key, label, samples, key, 1.0, bytes));
        result.notes()
                .put(
                        "pyroTorrent's adapter on top of " + key + " (encode + XML-RPC decode to rows; in the"
                                + " benchmark's JVM, big heap)",
                        String.format(Locale.ROOT, "median %.1f ms, p95 %.1f ms", decoding.median(), decoding.p95()));
        Pacing.log(
                "%-16s median %8.1f ms  p95 %8.1f ms  (%,d reply bytes; adapter decode median %.1f ms)",
                key, samples.median(), samples.p95(), bytes, decoding.median());
    }
}
