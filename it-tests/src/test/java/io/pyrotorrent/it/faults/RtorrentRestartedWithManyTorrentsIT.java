package io.pyrotorrent.it.faults;

import static io.pyrotorrent.it.faults.FaultRig.FAULTY;
import static io.pyrotorrent.it.faults.FaultRig.HEALTHY;
import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.it.support.ScgiProbe;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * rTorrent restarted with 3,000 torrents in its session: it answers nothing until it has loaded
 * the session (its first answer is timed here, straight over SCGI). While it is down its section
 * says it is unreachable; while it loads, each page waits at most the target's timeout and then
 * says why (timed out, connection cut); then it recovers on its own with every torrent.
 */
@Timeout(120)
class RtorrentRestartedWithManyTorrentsIT {

    private static final int TORRENTS = 3000;
    /** The overview's default page size. */
    private static final int PAGE = 100;
    /** Shorter than the ~1.7 s rTorrent 0.9.8 needs for 3,000 torrents here, so the load shows. */
    private static final Duration TIMEOUT = Duration.ofMillis(1000);

    private static final Duration MARGIN = Duration.ofMillis(2500);

    @TempDir
    Path dir;

    @Test
    void anInstanceReloadingThousandsOfTorrents_isReportedUntilItAnswers_thenRecoversOnItsOwn() throws Exception {
        try (var rig = FaultRig.start(dir, TIMEOUT)) {
            long loading = System.nanoTime();
            FaultRig.load(rig.faulty, "many", TORRENTS, Duration.ofSeconds(60));
            rig.saveFaultySession();
            System.out.printf(
                    "RtorrentRestartedWithManyTorrentsIT: %d torrents loaded and saved in %d ms%n",
                    TORRENTS, (System.nanoTime() - loading) / 1_000_000);
            rig.awaitOverview(Duration.ofSeconds(20), html -> FaultRig.rows(html, FAULTY) == PAGE);

            rig.killFaulty();
            // The mirror may serve its last view for up to its freshness bound (README: Freshness,
            // about 3 s) before a page asks the dead instance itself and says so.
            String down = rig.awaitOverview(
                    Duration.ofSeconds(10), html -> FaultRig.error(html, FAULTY).isPresent());
            assertThat(FaultRig.error(down, FAULTY).orElseThrow()).startsWith("rTorrent is unreachable");
            assertThat(rig.loaded(down, HEALTHY)).isTrue();

            rig.startFaulty();
            long restarted = System.nanoTime();
            CompletableFuture<Long> firstAnswer =
                    CompletableFuture.supplyAsync(() -> firstAnswerMillis(rig, restarted));

            // Every page from now until recovery: what the section said, with counts.
            var said = new LinkedHashMap<String, Integer>();
            String recovered = null;
            long slowestMs = 0;
            long deadline = restarted + Duration.ofSeconds(60).toNanos();
            while (recovered == null) {
                assertThat(System.nanoTime())
                        .as("recovered within 60 s; seen so far: " + said)
                        .isLessThan(deadline);
                var page = rig.get("", Duration.ofSeconds(15));
                slowestMs = Math.max(slowestMs, page.took().toMillis());
                assertThat(page.status()).isEqualTo(200);
                assertThat(page.took())
                        .as("a page waits at most the target's timeout")
                        .isLessThan(TIMEOUT.plus(MARGIN));
                assertThat(rig.loaded(page.body(), HEALTHY))
                        .as("the healthy section")
                        .isTrue();
                Optional<String> error = FaultRig.error(page.body(), FAULTY);
                if (error.isPresent()) {
                    assertThat(error.get()).matches(RtorrentKilledIT.READABLE);
                    said.merge(error.get().replaceAll("[0-9]+", "N"), 1, Integer::sum);
                    FaultRig.sleep(100);
                } else if (FaultRig.rows(page.body(), FAULTY) == PAGE) {
                    recovered = page.body();
                } else {
                    said.merge("loaded with " + FaultRig.rows(page.body(), FAULTY) + " rows", 1, Integer::sum);
                    FaultRig.sleep(100);
                }
            }
            long recoveredMs = (System.nanoTime() - restarted) / 1_000_000;
            long rtorrentMs = firstAnswer.get();
            System.out.printf(
                    "RtorrentRestartedWithManyTorrentsIT: rTorrent first answered %d ms after docker start;"
                            + " the page showed it again after %d ms (slowest page %d ms); meanwhile the section said %s%n",
                    rtorrentMs, recoveredMs, slowestMs, said);

            assertThat(rig.loaded(recovered, FAULTY)).isTrue();
            assertThat(FaultRig.countIn(rig.faulty))
                    .as("rTorrent reloaded its whole session")
                    .isEqualTo(TORRENTS);
            if (rtorrentMs > TIMEOUT.toMillis() + 300) {
                assertThat(said)
                        .as("rTorrent took longer than the timeout to answer: a page said so")
                        .isNotEmpty();
            }
            assertThat(recoveredMs)
                    .as("no later than a poll after rTorrent answers")
                    .isLessThan(rtorrentMs + TIMEOUT.plus(MARGIN).toMillis());
            assertThat(rig.app.handle().isAlive()).isTrue();
        }
    }

    /** Polls rTorrent straight over SCGI until it answers; milliseconds since it was started. */
    private static long firstAnswerMillis(FaultRig rig, long startedNanos) {
        long deadline = startedNanos + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                ScgiProbe.call(
                        rig.faulty.scgiAddress(), ScgiProbe.xmlCall("system.client_version"), Duration.ofSeconds(10));
                return (System.nanoTime() - startedNanos) / 1_000_000;
            } catch (IOException notYet) {
                FaultRig.sleep(20);
            }
        }
        throw new AssertionError("rTorrent did not answer within 60 s of its restart");
    }
}
