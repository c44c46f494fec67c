package io.pyrotorrent.it.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.rtorrent.RtorrentClient;
import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.mirror.Cadence;
import io.pyrotorrent.domain.mirror.MirroredTorrentClient;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.port.out.TorrentClient;
import io.pyrotorrent.it.support.AppOnRtorrent;
import io.pyrotorrent.it.support.PyrotorrentProcess;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live mirror through the real jar, against real rTorrent 0.9.8: changes made behind
 * pyroTorrent's back (by a second client, as ruTorrent or rtcontrol would) show in the REST list
 * within the README's bounds, and five browsers polling the overview, or ten event streams of
 * different views and fields, cost rTorrent only the mirror's polls.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(90)
class MirrorLiveIT {

    /**
     * The README's bound for a torrent started elsewhere, plus slack for a shared, noisy machine. A
     * start without traffic is not among the transferring torrents every poll reads: it moves the
     * started view's size, and the next poll reads every torrent's flags, at most once per
     * {@link Cadence#MEMBERSHIP}. The loads in {@link #start()} or the erase test may have just
     * asked for one, so the start can wait that long, plus one poll.
     */
    private static final Duration STARTED_BOUND =
            Cadence.MEMBERSHIP.plus(MirroredTorrentClient.READ_MAX_AGE).plus(Duration.ofSeconds(2));

    private static final Duration REMOVED_BOUND = Duration.ofSeconds(10);

    @TempDir
    static Path dir;

    private final TestTorrent started = TestTorrent.unique("started-elsewhere");
    private final TestTorrent erased = TestTorrent.unique("erased-elsewhere");
    private final TestTorrent kept = TestTorrent.unique("kept");
    private final TestTorrent swappedOut = TestTorrent.unique("swapped-out");
    private final TestTorrent swappedIn = TestTorrent.unique("swapped-in");
    private AppOnRtorrent running;
    private PyrotorrentProcess app;
    private String list;
    private TorrentClient behindItsBack;

    @BeforeAll
    void start() {
        running = AppOnRtorrent.start(dir);
        app = running.process();
        list = running.base() + "api/v1/targets/box/torrents?fields=hash,name,state";
        behindItsBack =
                RtorrentClient.connect(running.rtorrent().scgiTcpUrl(), TransportSettings.defaults(), trip -> {});
        // Loaded by the other client too (faster than three CLI runs): the first read sees them.
        var loads = Request.builder();
        List.of(started, erased, kept, swappedOut).forEach(t -> loads.add(Command.AddTorrent.of(t.source(), false)));
        behindItsBack.send(loads.build());
        app.await(
                list,
                Duration.ofSeconds(30),
                body -> body.contains(started.hash().hex())
                        && body.contains(erased.hash().hex())
                        && body.contains(kept.hash().hex())
                        && body.contains(swappedOut.hash().hex()));
    }

    @AfterAll
    void stop() {
        if (running != null) {
            running.close();
        }
    }

    @Test
    void aTorrentStartedByAnotherClient_showsInTheRestList_withinTheFreshnessBound() {
        String one = list + "&q=" + started.name();
        assertThat(app.await(
                        one,
                        Duration.ofSeconds(10),
                        b -> b.contains(started.hash().hex())))
                .contains("\"state\":\"stopped\"");

        long from = System.nanoTime();
        behindItsBack.send(Request.of(new Command.Start(started.hash())));
        app.await(one, STARTED_BOUND, b -> b.contains(started.hash().hex()) && !b.contains("\"state\":\"stopped\""));

        Duration took = Duration.ofNanos(System.nanoTime() - from);
        System.out.printf("MirrorLiveIT: a start elsewhere showed after %d ms%n", took.toMillis());
        assertThat(took).isLessThanOrEqualTo(STARTED_BOUND);
    }

    @Test
    void anEraseAndAnAddElsewhere_thatLeaveEveryViewsSizeAsItWas_bothShowWithin10s() {
        long from = System.nanoTime();
        var swap = Request.builder();
        swap.add(new Command.Erase(swappedOut.hash()));
        swap.add(Command.AddTorrent.of(swappedIn.source(), false));
        behindItsBack.send(swap.build());
        app.await(
                list,
                REMOVED_BOUND,
                b -> b.contains(swappedIn.hash().hex())
                        && !b.contains(swappedOut.hash().hex()));

        Duration took = Duration.ofNanos(System.nanoTime() - from);
        System.out.printf("MirrorLiveIT: a swap elsewhere showed after %d ms%n", took.toMillis());
        assertThat(took).isLessThanOrEqualTo(REMOVED_BOUND);
    }

    @Test
    void aTorrentErasedByAnotherClient_leavesTheRestList_within10s() {
        long from = System.nanoTime();
        behindItsBack.send(Request.of(new Command.Erase(erased.hash())));
        app.await(
                list,
                REMOVED_BOUND,
                b -> b.contains(kept.hash().hex()) && !b.contains(erased.hash().hex()));

        Duration took = Duration.ofNanos(System.nanoTime() - from);
        System.out.printf("MirrorLiveIT: an erase elsewhere showed after %d ms%n", took.toMillis());
        assertThat(took).isLessThanOrEqualTo(REMOVED_BOUND);
    }

    @Test
    void fiveClientsPollingTheOverview_costRtorrentOnlyTheMirrorsPolls() throws Exception {
        String overview = running.base();
        assertThat(PyrotorrentProcess.get(overview)).contains(kept.name());
        long requestsBefore = counter("pyrotorrent_rtorrent_requests_total");
        long pollsBefore = counter("pyrotorrent_mirror_polls_total");
        Duration watching = Duration.ofSeconds(6);
        var pages = new AtomicInteger();
        var wrong = new ConcurrentLinkedQueue<String>();

        var browsers = Executors.newScheduledThreadPool(5);
        try {
            for (int i = 0; i < 5; i++) {
                browsers.scheduleAtFixedRate(
                        () -> {
                            try {
                                String page = PyrotorrentProcess.get(overview);
                                pages.incrementAndGet();
                                if (!page.contains(kept.name())) {
                                    wrong.add(page.substring(0, Math.min(300, page.length())));
                                }
                            } catch (Exception e) {
                                wrong.add(e.toString());
                            }
                        },
                        i * 100L,
                        500,
                        TimeUnit.MILLISECONDS);
            }
            assertThat(browsers.awaitTermination(watching.toMillis(), TimeUnit.MILLISECONDS))
                    .isFalse();
        } finally {
            // shutdown, not shutdownNow: the periodic pages stop, a page in flight finishes.
            browsers.shutdown();
            assertThat(browsers.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }

        long requests = counter("pyrotorrent_rtorrent_requests_total") - requestsBefore;
        long polls = counter("pyrotorrent_mirror_polls_total") - pollsBefore;
        System.out.printf(
                "MirrorLiveIT: %d overview pages in %d s cost rTorrent %d round trips of their own and %d mirror polls%n",
                pages.get(), watching.toSeconds(), requests, polls);
        assertThat(wrong).isEmpty();
        assertThat(pages.get()).isGreaterThanOrEqualTo(30);
        assertThat(requests).as("round trips made for the pages themselves").isZero();
        assertThat(polls)
                .as("one poll every 2 s while watched, and none per page")
                .isBetween(1L, watching.toSeconds() / 2 + 2);
    }

    @Test
    void tenEventStreamsOfDifferentViewsAndFields_costRtorrentWhatOneStreamCosts() throws Exception {
        Duration watching = Duration.ofSeconds(6);
        var one = streamCost(List.of("api/v1/targets/box/events?fields=hash,name"), watching);
        var ten = streamCost(
                List.of(
                        "api/v1/targets/box/events?fields=hash,name",
                        "api/v1/targets/box/events?fields=hash,up_rate&view=default",
                        "api/v1/targets/box/events?fields=hash,state&view=started",
                        "api/v1/targets/box/events?fields=hash,state&view=stopped",
                        "api/v1/targets/box/events?fields=hash,name&view=complete",
                        "api/v1/targets/box/events?fields=hash,down_rate&view=incomplete",
                        "api/v1/targets/box/events?fields=hash,ratio&view=seeding",
                        "api/v1/targets/box/events?fields=hash,name,down_rate&view=leeching",
                        "live/events?target=box&view=main",
                        "live/events?target=box&view=stopped"),
                watching);
        System.out.printf(
                "MirrorLiveIT: over %d s, 1 stream cost rTorrent %d round trips and %d mirror polls; 10 streams %d and %d%n",
                watching.toSeconds(), one[0], one[1], ten[0], ten[1]);
        assertThat(one[0]).as("round trips of one stream's own").isZero();
        assertThat(ten[0]).as("round trips of ten streams' own").isZero();
        assertThat(ten[1]).as("ten streams: the mirror's polls, as for one").isLessThanOrEqualTo(one[1] + 1);
    }

    /** Opens the streams, waits for each one's first snapshot, then counts {requests, polls} while they stay open. */
    private long[] streamCost(List<String> paths, Duration watching) throws Exception {
        var http = java.net.http.HttpClient.newHttpClient();
        var bodies = new java.util.ArrayList<java.io.InputStream>();
        try {
            for (String path : paths) {
                var request = java.net.http.HttpRequest.newBuilder(java.net.URI.create(running.base() + path))
                        .header("Accept", "text/event-stream")
                        .build();
                var response = http.send(request, java.net.http.HttpResponse.BodyHandlers.ofInputStream());
                assertThat(response.statusCode()).as(path).isEqualTo(200);
                bodies.add(response.body());
                var lines = new java.io.BufferedReader(
                        new java.io.InputStreamReader(response.body(), java.nio.charset.StandardCharsets.UTF_8));
                String line;
                do {
                    line = lines.readLine();
                } while (line != null && !line.startsWith("event: full") && !line.startsWith("event:full"));
                assertThat(line).as("first snapshot of " + path).isNotNull();
            }
            long requestsBefore = counter("pyrotorrent_rtorrent_requests_total");
            long pollsBefore = counter("pyrotorrent_mirror_polls_total");
            Thread.sleep(watching.toMillis()); // measuring a span of time: nothing to poll for
            return new long[] {
                counter("pyrotorrent_rtorrent_requests_total") - requestsBefore,
                counter("pyrotorrent_mirror_polls_total") - pollsBefore
            };
        } finally {
            for (var body : bodies) {
                body.close();
            }
        }
    }

    private long counter(String name) throws Exception {
        return PyrotorrentProcess.get(running.base() + "metrics")
                .lines()
                .filter(l -> l.startsWith(name + "{target=\"box\"}"))
                .mapToLong(l -> (long) Double.parseDouble(l.substring(l.lastIndexOf(' ') + 1)))
                .sum();
    }
}
