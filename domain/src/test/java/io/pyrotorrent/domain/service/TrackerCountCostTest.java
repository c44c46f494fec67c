package io.pyrotorrent.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.mirror.Lease;
import io.pyrotorrent.domain.mirror.MirrorScheduler;
import io.pyrotorrent.domain.mirror.MirroredTorrentClient;
import io.pyrotorrent.domain.mirror.TargetMirror;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.listing.Listing;
import io.pyrotorrent.domain.model.listing.Slice;
import io.pyrotorrent.domain.model.listing.TrackerDomain;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.Snapshot;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The sidebar's tracker counts at 20,000 torrents come from the mirror: no read reaches rTorrent
 * for them. The time is printed, not asserted (a shared 2-core machine is no stopwatch).
 */
class TrackerCountCostTest {

    private static final TargetName BOX = TargetName.of("box");
    private static final int TORRENTS = 20_000;
    private static final int DOMAINS = 40;

    private final InMemoryTorrentClient rtorrent = new InMemoryTorrentClient();
    private final ScheduledExecutorService threads = Executors.newScheduledThreadPool(2);
    private final TargetMirror mirror = TargetMirror.of(rtorrent, Clock.systemUTC(), MirrorScheduler.on(threads));
    /** Reads the mirror could not answer and sent to rTorrent itself. */
    private final AtomicInteger liveReads = new AtomicInteger();

    private final TorrentClient live = new TorrentClient() {
        @Override
        public Snapshot send(Request request) {
            liveReads.incrementAndGet();
            return rtorrent.send(request);
        }
    };
    private final TorrentService service =
            new TorrentService(new Targets(Map.of(BOX, new MirroredTorrentClient(mirror, live)), Map.of(BOX, mirror)));
    private Lease polling;

    @AfterEach
    void stop() {
        if (polling != null) {
            polling.close();
        }
        threads.shutdownNow();
    }

    @Test
    void trackerCountsOf20000Torrents_areComputedFromTheMirror_withoutAskingRtorrent() {
        var urls = new ArrayList<List<String>>();
        for (int i = 0; i < TORRENTS; i++) {
            String main = "http://tracker.site" + (i % DOMAINS) + ".example/announce";
            var torrent = i % 10 == 0
                    ? TestTorrent.withTrackers("t" + i, main, "udp://open.backup.net:1337")
                    : TestTorrent.withTrackers("t" + i, main);
            rtorrent.put(torrent.metainfo(), false);
            urls.add(torrent.metainfo().trackers());
        }
        polling = mirror.start();
        var listing = Listing.of(ViewName.MAIN, List.of(TorrentFields.NAME))
                .withFacets(true)
                .withTracker(Optional.of(TrackerDomain.of("site7.example")));
        slice(listing);
        int before = liveReads.get();

        var times = new ArrayList<Long>();
        Slice slice = null;
        for (int run = 0; run < 5; run++) {
            long start = System.nanoTime();
            slice = slice(listing);
            times.add((System.nanoTime() - start) / 1_000);
        }

        assertThat(liveReads.get()).as("reads sent to rTorrent after the first").isEqualTo(before);
        assertThat(slice.total()).isEqualTo(TORRENTS / DOMAINS);
        assertThat(slice.facets().trackers()).hasSize(DOMAINS + 1);
        assertThat(slice.facets().trackers()).containsEntry(TrackerDomain.of("backup.net"), TORRENTS / 10);
        assertThat(slice.facets().trackers()).containsEntry(TrackerDomain.of("site7.example"), TORRENTS / DOMAINS);
        times.sort(Long::compare);
        long countStart = System.nanoTime();
        var counts = new java.util.HashMap<TrackerDomain, Integer>();
        for (var list : urls) {
            TrackerDomain.ofUrls(list).forEach(d -> counts.merge(d, 1, Integer::sum));
        }
        long countMicros = (System.nanoTime() - countStart) / 1_000;
        System.out.printf(
                "TrackerCountCostTest: %d torrents, facets (status, label, tracker counts) and a tracker filter from"
                        + " the mirror: median %.1f ms, min %.1f ms, max %.1f ms (5 runs);"
                        + " of which counting by tracker domain alone: %.1f ms%n",
                TORRENTS, times.get(2) / 1000.0, times.get(0) / 1000.0, times.get(4) / 1000.0, countMicros / 1000.0);
    }

    private Slice slice(Listing listing) {
        return service.slice(Principal.LOCAL, BOX, listing);
    }
}
