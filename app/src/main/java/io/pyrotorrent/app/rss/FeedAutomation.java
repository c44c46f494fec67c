package io.pyrotorrent.app.rss;

import io.pyrotorrent.domain.model.rss.CheckReport;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the server runs for RSS with nobody logged in: first the settlement of items a crash left
 * pending, then every {@link #TICK} the feeds that are due (each on its own interval, at least
 * five minutes). A failure is logged and the next tick tries again; an exception would end the
 * schedule.
 */
public final class FeedAutomation {

    private static final Logger LOG = LoggerFactory.getLogger(FeedAutomation.class);

    /** How often due feeds are looked for; a feed's own interval decides when it is read. */
    static final Duration TICK = Duration.ofMinutes(1);

    private FeedAutomation() {}

    public static void start(Feeds feeds, ScheduledExecutorService scheduler) {
        scheduler.execute(() -> {
            try {
                int settled = feeds.settlement().settle();
                if (settled > 0) {
                    LOG.info("rss: {} items a restart interrupted were settled against rTorrent", settled);
                }
            } catch (RuntimeException e) {
                LOG.warn("rss: settling pending items failed, trying again next start: {}", e.getMessage());
            }
        });
        scheduler.scheduleWithFixedDelay(
                () -> {
                    try {
                        for (CheckReport report : feeds.schedule().runDue()) {
                            report.error().ifPresent(error -> LOG.warn("rss: feed {}: {}", report.feedId(), error));
                        }
                    } catch (RuntimeException e) {
                        LOG.warn("rss: a round of checks failed, trying again next tick: {}", e.getMessage());
                    }
                },
                TICK.toSeconds(),
                TICK.toSeconds(),
                TimeUnit.SECONDS);
    }
}
