package io.pyrotorrent.app.automation;

import io.pyrotorrent.domain.automation.schedule.Schedules;
import io.pyrotorrent.domain.automation.seeding.SeedingRules;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the automation while the server runs, with nobody logged in: the seeding rules once a
 * minute, the bandwidth schedule at start and once a minute. A CLI command never starts it (it would act twice beside a running server).
 */
public final class AutomationRuns {

    private static final Logger LOG = LoggerFactory.getLogger(AutomationRuns.class);

    /** Rules act within a minute of a limit; shorter would only add load on rTorrent. */
    public static final Duration SEEDING_EVERY = Duration.ofMinutes(1);
    /** The schedule's grid is hours; a minute is "on time" for it. */
    public static final Duration SCHEDULE_EVERY = Duration.ofMinutes(1);

    private final SeedingRules seeding;
    private final Schedules schedules;
    private final Duration firstAfter;
    private volatile ScheduledExecutorService started;

    public AutomationRuns(SeedingRules seeding, Schedules schedules, Duration firstAfter) {
        this.seeding = seeding;
        this.schedules = schedules;
        this.firstAfter = firstAfter;
    }

    public void start(ScheduledExecutorService scheduler) {
        started = scheduler;
        // At start, then every minute: a profile change lands within a minute of its hour.
        scheduler.scheduleWithFixedDelay(
                () -> guarded("bandwidth schedule", schedules::applyDue),
                0,
                SCHEDULE_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
        scheduler.scheduleWithFixedDelay(
                () -> guarded("seeding rules", seeding::runAll),
                firstAfter.toMillis(),
                SEEDING_EVERY.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** A run soon, on the automation thread; nothing in a CLI command, which never started it. */
    public void nudge() {
        ScheduledExecutorService scheduler = started;
        if (scheduler != null && !scheduler.isShutdown()) {
            scheduler.execute(() -> guarded("seeding rules", seeding::runAll));
        }
    }

    /** An exception would end the schedule for good: log it, and the next minute tries again. */
    private static void guarded(String what, Runnable run) {
        try {
            run.run();
        } catch (RuntimeException e) {
            LOG.warn("{}: run failed, trying again next time: {}", what, e.getMessage());
        }
    }
}
