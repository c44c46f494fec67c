package io.pyrotorrent.app.rss;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.pyrotorrent.adapter.store.Store;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.rss.FeedSpec;
import io.pyrotorrent.domain.model.rss.RuleSpec;
import io.pyrotorrent.domain.service.Targets;
import java.lang.management.ManagementFactory;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The budget: 100 feeds of 100 items, checked every 5 minutes, under 1% of a core. One
 * round (read 100 feeds over loopback, parse them with Rome, look every item up in the real
 * SQLite file, match a rule) must cost well under 3 s of CPU (1% of 300 s). Process CPU time is
 * measured, so the test's own feed server counts against the budget too.
 */
class FeedRoundCostTest {

    private static final Logger LOG = LoggerFactory.getLogger(FeedRoundCostTest.class);
    private static final TargetName MAIN = TargetName.of("main");

    @TempDir
    Path dir;

    @Test
    void aSteadyRound_of100FeedsOf100Items_costsUnderOnePercentOfACore_atFiveMinutes() throws Exception {
        var server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newFixedThreadPool(4));
        for (int f = 0; f < 100; f++) {
            var entries = new ArrayList<TestFeeds.Entry>();
            for (int i = 0; i < 100; i++) {
                entries.add(new TestFeeds.Entry(
                        "Some.Show.S01E" + i + ".feed" + f + ".1080p.WEB",
                        "http://t.example/" + f + "/" + i,
                        1_000_000));
            }
            byte[] body = TestFeeds.rss(entries).getBytes(StandardCharsets.UTF_8);
            server.createContext("/feed" + f, exchange -> {
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
        }
        server.start();
        var clock = new MovableClock();
        try (var store = Store.open(dir)) {
            var feeds = new Feeds(
                    List.of("127.0.0.0/8"), new Targets(Map.of()), store.feeds(), store.audit(), clock, message -> {});
            for (int f = 0; f < 100; f++) {
                var feed = store.feeds()
                        .addFeed(
                                MAIN,
                                new FeedSpec(
                                        "f" + f,
                                        URI.create("http://127.0.0.1:"
                                                + server.getAddress().getPort() + "/feed" + f),
                                        FeedSpec.MIN_INTERVAL));
                store.feeds()
                        .addRule(
                                feed.id(),
                                new RuleSpec(
                                        "other show",
                                        "other\\.show",
                                        "cam",
                                        OptionalLong.empty(),
                                        OptionalLong.empty(),
                                        Label.NONE,
                                        Optional.empty(),
                                        true,
                                        true));
            }
            var schedule = feeds.schedule();

            double first = cpuSeconds(() -> assertThat(schedule.runDue()).hasSize(100));
            clock.advance(FeedSpec.MIN_INTERVAL);
            schedule.runDue(); // warm
            clock.advance(FeedSpec.MIN_INTERVAL);
            double steady = cpuSeconds(() -> assertThat(schedule.runDue()).hasSize(100));

            double percent = steady / FeedSpec.MIN_INTERVAL.toSeconds() * 100;
            LOG.info(
                    "rss round of 100 feeds x 100 items: first {} s CPU (records 10,000 skips), steady {} s CPU"
                            + " = {}% of a core at a 5-minute cadence",
                    first, steady, percent);
            assertThat(percent).isLessThan(1.0);
        } finally {
            server.stop(0);
        }
    }

    private static double cpuSeconds(Runnable round) {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long before = os.getProcessCpuTime();
        round.run();
        return (os.getProcessCpuTime() - before) / 1e9;
    }

    private static final class MovableClock extends Clock {
        private Instant now = Instant.parse("2026-12-01T10:00:00Z");

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
