package io.pyrotorrent.it.faults;

import static io.pyrotorrent.it.faults.FaultRig.FAULTY;
import static io.pyrotorrent.it.faults.FaultRig.FAULTY_TIMEOUT;
import static io.pyrotorrent.it.faults.FaultRig.HEALTHY;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.mirror.MirroredTorrentClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * rTorrent frozen (Docker's pause: the cgroup freezer, like SIGSTOP; its socket still accepts
 * connections, nothing answers) past its target's 2 s timeout: every page still answers within
 * the timeout plus a margin, saying "timed out" for that instance and rendering the other, /health
 * answers, and 20 concurrent pages during the stall all complete. After unpausing, it recovers.
 */
@Timeout(90)
class RtorrentStalledIT {

    /** Scheduling, rendering and a loaded 2-core machine, on top of the target's own timeout. */
    private static final Duration MARGIN = Duration.ofMillis(2500);

    private static final int CONCURRENT = 20;

    @TempDir
    Path dir;

    @Test
    void aStalledInstance_timesOutInItsOwnSection_whileEverythingElseKeepsAnswering() throws Exception {
        try (var rig = FaultRig.start(dir)) {
            var healthyTorrent = FaultRig.load(rig.healthy, "awake", 1, Duration.ofSeconds(10))
                    .get(0);
            Duration bound = FAULTY_TIMEOUT.plus(MARGIN);
            // Loaded behind pyroTorrent's back: the mirror shows it within 10 s (README "Freshness").
            rig.awaitOverview(Duration.ofSeconds(15), html -> html.contains(healthyTorrent.name()));

            rig.pauseFaulty();
            try {
                // Lists younger than the mirror's freshness bound (3 s, see README "Freshness") are
                // served from the mirror, as a read younger than 500 ms from the coalescing cache:
                // wait both out, so this page is the first that must ask the stalled rTorrent.
                FaultRig.sleep(MirroredTorrentClient.READ_MAX_AGE.toMillis() + 100);
                var first = rig.get("", bound.plusSeconds(5));
                assertThat(first.status()).isEqualTo(200);
                assertThat(first.took()).as("the first page during the stall").isLessThan(bound);
                assertThat(FaultRig.error(first.body(), FAULTY).orElseThrow()).startsWith("rTorrent timed out");
                assertThat(rig.loaded(first.body(), HEALTHY)).isTrue();
                assertThat(first.body()).contains(healthyTorrent.name());

                var health = rig.get("health", bound.plusSeconds(5));
                assertThat(health.status()).isEqualTo(200);
                assertThat(health.took()).isLessThan(bound);
                assertThat(health.body())
                        .contains(
                                "\"name\":\"" + HEALTHY + "\",\"reachable\":true",
                                "\"name\":\"" + FAULTY + "\",\"reachable\":false");

                ExecutorService clients = Executors.newFixedThreadPool(CONCURRENT);
                List<FaultRig.Answer> pages = new ArrayList<>();
                long started = System.nanoTime();
                try {
                    var tasks = new ArrayList<Callable<FaultRig.Answer>>();
                    for (int i = 0; i < CONCURRENT; i++) {
                        // Half of them a different view: not one shared call, two.
                        String path = i % 2 == 0 ? "" : "view/default";
                        tasks.add(() -> rig.get(path, bound.plusSeconds(10)));
                    }
                    for (Future<FaultRig.Answer> page : clients.invokeAll(tasks, 30, TimeUnit.SECONDS)) {
                        pages.add(page.get());
                    }
                } finally {
                    clients.shutdownNow();
                }
                long allMs = (System.nanoTime() - started) / 1_000_000;
                long slowest =
                        pages.stream().mapToLong(p -> p.took().toMillis()).max().orElseThrow();
                System.out.printf(
                        "RtorrentStalledIT: first page %d ms, health %d ms, %d concurrent pages all done"
                                + " in %d ms (slowest %d ms)%n",
                        first.took().toMillis(), health.took().toMillis(), CONCURRENT, allMs, slowest);
                assertThat(pages).hasSize(CONCURRENT).allSatisfy(page -> {
                    assertThat(page.status()).isEqualTo(200);
                    assertThat(page.took()).isLessThan(bound);
                    assertThat(rig.loaded(page.body(), HEALTHY)).isTrue();
                    assertThat(FaultRig.error(page.body(), FAULTY).orElseThrow())
                            .startsWith("rTorrent timed out");
                });
            } finally {
                rig.unpauseFaulty();
            }

            long unpaused = System.nanoTime();
            rig.awaitOverview(Duration.ofSeconds(20), html -> rig.loaded(html, FAULTY) && rig.loaded(html, HEALTHY));
            System.out.printf(
                    "RtorrentStalledIT: the section was back %d ms after unpausing%n",
                    (System.nanoTime() - unpaused) / 1_000_000);
        }
    }
}
