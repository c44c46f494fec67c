package io.pyrotorrent.domain.port.out;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.schedule.BandwidthSchedule;
import io.pyrotorrent.domain.model.schedule.LimitProfile;
import io.pyrotorrent.domain.model.seeding.Limits;
import io.pyrotorrent.domain.model.seeding.RuleAction;
import io.pyrotorrent.domain.model.seeding.RuleScope;
import io.pyrotorrent.domain.model.seeding.SeedingRule;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every store of automation settings must do: run on the in-memory fakes and on SQLite. */
public abstract class AutomationStoreContract {

    private static final TargetName MAIN = TargetName.of("main");

    protected abstract SeedingRuleStore seedingRules();

    protected abstract ScheduleStore schedules();

    @Test
    void aSchedule_readsBackEqual_andASaveReplacesItWhole() {
        var cells = new java.util.ArrayList<>(
                java.util.Collections.nCopies(BandwidthSchedule.HOURS, BandwidthSchedule.NONE));
        cells.set(0, 1);
        cells.set(167, 0);
        var schedule = new BandwidthSchedule(
                MAIN,
                true,
                java.util.List.of(new LimitProfile("day", 1000, 0), new LimitProfile("night", 10_000_000, 5)),
                cells);

        schedules().save(schedule);
        var shorter = new BandwidthSchedule(
                MAIN, false, java.util.List.of(new LimitProfile("only", 1, 2)), java.util.Collections.nCopies(168, 0));

        assertThat(schedules().find(MAIN)).contains(schedule);
        assertThat(schedules().find(TargetName.of("other"))).isEmpty();
        schedules().save(shorter);
        assertThat(schedules().all()).containsExactly(shorter);
    }

    @Test
    void aNewRule_getsAnId_andReadsBackEqual_withEveryKindOfScopeAndLimit() {
        var byLabel = rule(
                new RuleScope.OfLabel(Label.of("linux")),
                new Limits(Optional.of(1.5), Optional.empty(), Optional.empty()));
        var byTracker = rule(
                new RuleScope.OfTracker("tracker.example.org"),
                new Limits(Optional.empty(), Optional.of(Duration.ofDays(7)), Optional.of(Duration.ofHours(3))));
        var everything =
                rule(new RuleScope.Everything(), new Limits(Optional.of(0.0), Optional.empty(), Optional.empty()));

        var a = seedingRules().save(byLabel);
        var b = seedingRules().save(byTracker);
        var c = seedingRules().save(everything);

        assertThat(a.id()).isPositive();
        assertThat(b.id()).isGreaterThan(a.id());
        assertThat(seedingRules().all()).containsExactly(a, b, c);
        assertThat(seedingRules().find(b.id())).contains(byTracker.withId(b.id()));
    }

    @Test
    void savingARuleWithItsId_replacesIt_andDeleteRemovesIt() {
        var saved = seedingRules()
                .save(rule(
                        new RuleScope.Everything(), new Limits(Optional.of(2.0), Optional.empty(), Optional.empty())));
        var changed = new SeedingRule(
                saved.id(), "renamed", MAIN, saved.scope(), saved.limits(), RuleAction.REMOVE_WITH_DATA, 3, false);

        seedingRules().save(changed);

        assertThat(seedingRules().all()).containsExactly(changed);
        assertThat(seedingRules().delete(saved.id())).isTrue();
        assertThat(seedingRules().delete(saved.id())).isFalse();
        assertThat(seedingRules().find(saved.id())).isEmpty();
    }

    private static SeedingRule rule(RuleScope scope, Limits limits) {
        return new SeedingRule(0, "rule", MAIN, scope, limits, RuleAction.STOP, 10, true);
    }
}
