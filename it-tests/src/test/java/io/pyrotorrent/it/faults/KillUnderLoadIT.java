package io.pyrotorrent.it.faults;

import static io.pyrotorrent.it.faults.FaultRig.FAULTY;
import static io.pyrotorrent.it.faults.FaultRig.HEALTHY;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short, bounded load (20 clients for 15 s on the overview and /health, the healthy instance
 * holding 1,000 torrents) during which the other instance is killed and started again: every
 * answer is a 200, every overview renders the healthy instance, only the killed one's section
 * shows errors, and the JVM (run with ./pyrotorrent's flags) peaks under 256 MB resident.
 */
@Timeout(90)
class KillUnderLoadIT {

    private static final int CLIENTS = 20;
    private static final Duration LOAD = Duration.ofSeconds(15);
    private static final long RSS_LIMIT_KB = 256 * 1024;

    @TempDir
    Path dir;

    @Test
    void killingOneInstanceUnderLoad_failsOnlyItsOwnSection_andTheJvmStaysSmall() throws Exception {
        try (var rig = FaultRig.start(dir)) {
            FaultRig.load(rig.healthy, "busy", 1000, Duration.ofSeconds(30));
            rig.awaitOverview(Duration.ofSeconds(20), html -> FaultRig.rows(html, HEALTHY) == 100);

            var failures = new CopyOnWriteArrayList<String>();
            var faultyErrors = new ConcurrentHashMap<String, Integer>();
            var latenciesMs = Collections.synchronizedList(new ArrayList<Long>());
            var overviews = new AtomicLong();
            var healths = new AtomicLong();
            long end = System.nanoTime() + LOAD.toNanos();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            for (int i = 0; i < CLIENTS; i++) {
                boolean startWithHealth = i % 2 == 1;
                clients.submit(() -> {
                    boolean health = startWithHealth;
                    while (System.nanoTime() < end) {
                        String path = health ? "health" : "";
                        try {
                            var answer = rig.get(path, Duration.ofSeconds(10));
                            latenciesMs.add(answer.took().toMillis());
                            if (answer.status() != 200) {
                                failures.add("GET /" + path + " -> " + answer.status());
                            } else if (health) {
                                healths.incrementAndGet();
                                if (!answer.body().contains("\"name\":\"" + HEALTHY + "\",\"reachable\":true")) {
                                    failures.add("health says the healthy instance is down: " + answer.body());
                                }
                            } else {
                                overviews.incrementAndGet();
                                if (!rig.loaded(answer.body(), HEALTHY)
                                        || FaultRig.rows(answer.body(), HEALTHY) != 100) {
                                    failures.add("healthy section broken: " + FaultRig.summary(answer.body()));
                                }
                                FaultRig.error(answer.body(), FAULTY)
                                        .ifPresent(
                                                e -> faultyErrors.merge(e.replaceAll("[0-9]+", "N"), 1, Integer::sum));
                            }
                        } catch (Throwable t) {
                            failures.add("GET /" + path + ": " + t);
                        }
                        health = !health;
                    }
                });
            }

            long maxRssKb = 0;
            long started = System.nanoTime();
            boolean killed = false;
            boolean restarted = false;
            while (System.nanoTime() < end) {
                long at = (System.nanoTime() - started) / 1_000_000;
                if (!killed && at >= 4000) {
                    rig.killFaulty();
                    killed = true;
                } else if (!restarted && at >= 8000) {
                    rig.startFaulty();
                    restarted = true;
                }
                maxRssKb = Math.max(maxRssKb, rig.procStatusKb("VmRSS"));
                FaultRig.sleep(100);
            }
            clients.shutdown();
            assertThat(clients.awaitTermination(30, TimeUnit.SECONDS))
                    .as("every client finished")
                    .isTrue();
            long peakKb = rig.procStatusKb("VmHWM");
            maxRssKb = Math.max(maxRssKb, rig.procStatusKb("VmRSS"));

            rig.awaitOverview(Duration.ofSeconds(20), html -> rig.loaded(html, FAULTY) && rig.loaded(html, HEALTHY));

            assertThat(latenciesMs)
                    .as("answers; first failures: " + failures.stream().limit(5).toList())
                    .isNotEmpty();
            List<Long> sorted = new ArrayList<>(latenciesMs);
            Collections.sort(sorted);
            System.out.printf(
                    "KillUnderLoadIT: %d overviews + %d health in %d s by %d clients, p50 %d ms, p99 %d ms,"
                            + " max %d ms; VmRSS max %d MB, VmHWM %d MB; the killed section said %s%n",
                    overviews.get(),
                    healths.get(),
                    LOAD.toSeconds(),
                    CLIENTS,
                    percentile(sorted, 50),
                    percentile(sorted, 99),
                    sorted.get(sorted.size() - 1),
                    maxRssKb / 1024,
                    peakKb / 1024,
                    Map.copyOf(faultyErrors));

            assertThat(failures)
                    .as("errors other than the killed instance's own section")
                    .isEmpty();
            assertThat(overviews.get()).isGreaterThan(50);
            assertThat(healths.get()).isGreaterThan(50);
            assertThat(faultyErrors).as("the killed instance's section said so").isNotEmpty();
            assertThat(faultyErrors.keySet()).allSatisfy(e -> assertThat(e).matches(RtorrentKilledIT.READABLE));
            assertThat(peakKb).as("the JVM's peak resident set, kB").isLessThan(RSS_LIMIT_KB);
        }
    }

    private static long percentile(List<Long> sorted, int p) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1));
    }
}
