package io.pyrotorrent.app.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.rtorrent.transport.RoundTrip;
import io.pyrotorrent.domain.mirror.MainRead;
import io.pyrotorrent.domain.model.ClientFailure;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void coalescingHits_areStillReadAfterTheSupplierIsOnlyHeldByTheRegistry() throws Exception {
        var metrics = new Metrics();
        var hits = new java.util.concurrent.atomic.AtomicLong(42);
        registerAndForget(metrics, hits);
        // A weakly held supplier is collected by a full GC; give the collector every chance.
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(20);
        }

        assertThat(metrics.scrape()).contains("pyrotorrent_coalescing_hits_total{target=\"seedbox\"} 42.0");
    }

    private static void registerAndForget(Metrics metrics, java.util.concurrent.atomic.AtomicLong hits) {
        metrics.coalescing("seedbox", () -> hits.get());
    }

    @Test
    void mirrorReads_areShownPerKind_asTheMirrorCountsThem() {
        var metrics = new Metrics();
        var counts = new java.util.EnumMap<MainRead, Long>(MainRead.class);
        counts.put(MainRead.MEMBERSHIP, 7L);
        metrics.mirrorReads("seedbox", kind -> counts.getOrDefault(kind, 0L));
        counts.put(MainRead.STATE, 2L);

        assertThat(metrics.scrape())
                .contains("pyrotorrent_mirror_reads_total{kind=\"membership\",target=\"seedbox\"} 7.0")
                .contains("pyrotorrent_mirror_reads_total{kind=\"state\",target=\"seedbox\"} 2.0")
                .contains("pyrotorrent_mirror_reads_total{kind=\"chunk\",target=\"seedbox\"} 0.0");
    }

    @Test
    void torrentsTheMirrorReadByHash_areCounted_asTheMirrorCountsThem() {
        var metrics = new Metrics();
        var rows = new java.util.concurrent.atomic.AtomicLong(3);
        metrics.mirrorRowsByHash("seedbox", rows::get);
        rows.set(12);

        assertThat(metrics.scrape()).contains("pyrotorrent_mirror_rows_by_hash_total{target=\"seedbox\"} 12.0");
    }

    @Test
    void mirrorServedReads_areShownByHowTheyWereServed_withTheTimeSpentWaitingForPolls() {
        var metrics = new Metrics();
        var rtorrent = new io.pyrotorrent.domain.fake.InMemoryTorrentClient();
        var polls = java.util.concurrent.Executors.newSingleThreadScheduledExecutor();
        var mirror = io.pyrotorrent.domain.mirror.TargetMirror.of(
                rtorrent, java.time.Clock.systemUTC(), io.pyrotorrent.domain.mirror.MirrorScheduler.on(polls));
        var client = new io.pyrotorrent.domain.mirror.MirroredTorrentClient(mirror, rtorrent);
        metrics.mirrorServed("seedbox", client.served());
        var list =
                io.pyrotorrent.domain.model.request.Request.of(io.pyrotorrent.domain.model.request.TorrentListQuery.of(
                        io.pyrotorrent.domain.model.ViewName.MAIN,
                        io.pyrotorrent.domain.model.field.TorrentFields.HASH));

        client.send(list); // the first read waits for the first poll
        client.send(list);
        polls.shutdownNow();

        assertThat(metrics.scrape())
                .contains("pyrotorrent_mirror_served_total{how=\"after_poll\",target=\"seedbox\"} 1.0")
                .contains("pyrotorrent_mirror_served_total{how=\"fresh\",target=\"seedbox\"} 1.0")
                .contains("pyrotorrent_mirror_served_total{how=\"live\",target=\"seedbox\"} 0.0")
                .containsPattern("pyrotorrent_mirror_read_wait_seconds_total\\{target=\"seedbox\"} [0-9.E-]+");
    }

    @Test
    void eachTargetsCodecAndVersion_areShownOnceKnown_andFollowAReconnect() {
        var metrics = new Metrics();
        var now = new java.util.concurrent.atomic.AtomicReference<Optional<Metrics.Speaks>>(Optional.empty());
        metrics.speaks("seedbox", now::get);

        String unknown = metrics.scrape();
        now.set(Optional.of(new Metrics.Speaks("jsonrpc", "0.16.17")));
        String json = metrics.scrape();
        now.set(Optional.of(new Metrics.Speaks("xmlrpc", "0.9.8")));
        String xml = metrics.scrape();

        assertThat(unknown).doesNotContain("pyrotorrent_rtorrent_info{");
        assertThat(json)
                .contains("pyrotorrent_rtorrent_info{rpc=\"jsonrpc\",target=\"seedbox\",version=\"0.16.17\"} 1");
        assertThat(xml)
                .contains("pyrotorrent_rtorrent_info{rpc=\"xmlrpc\",target=\"seedbox\",version=\"0.9.8\"} 1")
                .doesNotContain("jsonrpc");
    }

    @Test
    void roundTrips_areCountedPerTargetWithBytesLatencyAndErrorsByReason() {
        var metrics = new Metrics();
        var seedbox = metrics.rtorrent("seedbox");

        seedbox.onRoundTrip(new RoundTrip(100, 2000, Duration.ofMillis(12), Optional.empty()));
        seedbox.onRoundTrip(new RoundTrip(
                100, 0, Duration.ofSeconds(10), Optional.of(new ClientFailure.TimedOut(Duration.ofSeconds(10)))));

        String text = metrics.scrape();
        assertThat(text)
                .contains(
                        "pyrotorrent_rtorrent_requests_total{target=\"seedbox\"} 2.0",
                        "pyrotorrent_rtorrent_bytes_received_bytes_total{target=\"seedbox\"} 2000.0",
                        "pyrotorrent_rtorrent_errors_total{reason=\"timed_out\",target=\"seedbox\"} 1.0",
                        "pyrotorrent_rtorrent_latency_seconds_count{target=\"seedbox\"} 2");
    }

    @Test
    void mirrorPolls_areCountedApartFromRequests() {
        var metrics = new Metrics();
        metrics.rtorrent("seedbox").onRoundTrip(new RoundTrip(100, 2000, Duration.ofMillis(12), Optional.empty()));
        var polls = metrics.mirror("seedbox");

        polls.onRoundTrip(new RoundTrip(100, 2000, Duration.ofMillis(12), Optional.empty()));
        polls.onRoundTrip(new RoundTrip(100, 2000, Duration.ofMillis(12), Optional.empty()));

        assertThat(metrics.scrape())
                .contains(
                        "pyrotorrent_rtorrent_requests_total{target=\"seedbox\"} 1.0",
                        "pyrotorrent_mirror_polls_total{target=\"seedbox\"} 2.0");
    }

    @Test
    void aRestingMirror_isAGaugeOfOne_andAPollingOneOfZero() {
        var metrics = new Metrics();
        var resting = new java.util.concurrent.atomic.AtomicBoolean(true);
        metrics.mirrorResting("seedbox", resting::get);

        assertThat(metrics.scrape()).contains("pyrotorrent_mirror_resting{target=\"seedbox\"} 1.0");
        resting.set(false);
        assertThat(metrics.scrape()).contains("pyrotorrent_mirror_resting{target=\"seedbox\"} 0.0");
    }

    @Test
    void anUnknownTorrent_isCountedAsAFault_likeAnyOtherRtorrentFault() {
        var metrics = new Metrics();
        var seedbox = metrics.rtorrent("seedbox");

        seedbox.onRoundTrip(new RoundTrip(
                100,
                80,
                Duration.ofMillis(3),
                Optional.of(new ClientFailure.NotFound(-501, "Could not find info-hash."))));
        seedbox.onRoundTrip(new RoundTrip(
                100,
                80,
                Duration.ofMillis(3),
                Optional.of(new ClientFailure.Rejected(-506, "Method 'x' not defined"))));

        assertThat(metrics.scrape())
                .contains("pyrotorrent_rtorrent_errors_total{reason=\"fault\",target=\"seedbox\"} 2.0");
    }
}
