package io.pyrotorrent.domain.automation.schedule;

import io.pyrotorrent.domain.automation.Automation;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.UnknownTargetException;
import io.pyrotorrent.domain.model.audit.AuditEntry;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Done;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.schedule.BandwidthSchedule;
import io.pyrotorrent.domain.model.schedule.LimitProfile;
import io.pyrotorrent.domain.model.schedule.ScheduleNow;
import io.pyrotorrent.domain.port.in.ControlTorrents;
import io.pyrotorrent.domain.port.in.ManageSchedule;
import io.pyrotorrent.domain.port.out.AuditLog;
import io.pyrotorrent.domain.port.out.ScheduleStore;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Bandwidth schedules: {@link #applyDue} runs at start and every minute, and sets a target's
 * global limits only when the hour's profile differs from the one it last applied there, so a
 * limit a user sets by hand holds until the next change of profile (as in ruTorrent). A failed
 * apply is retried the next minute.
 */
public final class Schedules implements ManageSchedule {

    private final ScheduleStore store;
    private final ControlTorrents control;
    private final AuditLog audit;
    private final Clock clock;
    private final Map<TargetName, LimitProfile> applied = new ConcurrentHashMap<>();

    /** @param control unaudited: each change of profile is written here, as "automation" */
    private final Supplier<List<TargetName>> configured;

    /** @param configured the configured targets, in configuration order */
    public Schedules(
            ScheduleStore store,
            ControlTorrents control,
            AuditLog audit,
            Clock clock,
            Supplier<List<TargetName>> configured) {
        this.configured = Objects.requireNonNull(configured, "configured");
        this.store = Objects.requireNonNull(store, "store");
        this.control = Objects.requireNonNull(control, "control");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public List<TargetName> targets(Principal caller) {
        return configured.get().stream().filter(caller::mayUse).toList();
    }

    @Override
    public BandwidthSchedule schedule(Principal caller, TargetName target) {
        check(caller, target);
        return store.find(target).orElseGet(() -> BandwidthSchedule.empty(target));
    }

    @Override
    public void save(Principal caller, BandwidthSchedule schedule) {
        check(caller, schedule.target());
        store.save(schedule);
        applied.remove(schedule.target());
        try {
            apply(schedule);
        } catch (RuntimeException e) {
            // Kept all the same: a target that is down gets the profile on the next minute's check.
            audit.record(entry(schedule.target(), "Schedule", "failed: " + e.getMessage()));
        }
    }

    @Override
    public List<ScheduleNow> now(Principal caller) {
        ZonedDateTime now = ZonedDateTime.now(clock);
        return store.all().stream()
                .filter(schedule -> caller.mayUse(schedule.target()))
                .flatMap(schedule -> schedule.at(now).map(p -> new ScheduleNow(schedule.target(), p)).stream())
                .toList();
    }

    /** Every schedule whose hour now names a profile other than the one last applied. */
    public void applyDue() {
        for (BandwidthSchedule schedule : store.all()) {
            try {
                apply(schedule);
            } catch (RuntimeException e) {
                // The target is down: the next minute tries again, the other targets go on.
                audit.record(entry(schedule.target(), "Schedule", "failed: " + e.getMessage()));
            }
        }
    }

    private void apply(BandwidthSchedule schedule) {
        Optional<LimitProfile> due = schedule.at(ZonedDateTime.now(clock));
        if (due.isEmpty() || due.get().equals(applied.get(schedule.target()))) {
            return;
        }
        LimitProfile profile = due.get();
        List<Outcome<Done>> outcomes = control.run(
                Automation.PRINCIPAL,
                schedule.target(),
                List.of(
                        new Command.SetGlobalUpLimit(profile.upBytesPerSecond()),
                        new Command.SetGlobalDownLimit(profile.downBytesPerSecond())));
        String result = outcomes.stream()
                .filter(o -> o instanceof Outcome.Failure<?>)
                .map(o -> "failed: " + ((Outcome.Failure<?>) o).failure().message())
                .findFirst()
                .orElse("ok");
        if (result.equals("ok")) {
            applied.put(schedule.target(), profile);
        }
        audit.record(entry(
                schedule.target(),
                "Schedule profile=" + profile.name() + " up=" + profile.upBytesPerSecond() + " down="
                        + profile.downBytesPerSecond(),
                result));
    }

    private AuditEntry entry(TargetName target, String action, String result) {
        return new AuditEntry(clock.instant(), Automation.PRINCIPAL.name(), target, action, List.of(), result);
    }

    private static void check(Principal caller, TargetName target) {
        if (!caller.mayUse(target)) {
            throw new UnknownTargetException(target.value());
        }
    }
}
