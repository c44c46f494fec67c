package io.pyrotorrent.domain.automation.seeding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.domain.fake.InMemoryAuditLog;
import io.pyrotorrent.domain.fake.InMemorySeedingRules;
import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestClock;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.UnknownTargetException;
import io.pyrotorrent.domain.model.audit.AuditEntry;
import io.pyrotorrent.domain.model.audit.AuditQuery;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.removal.JobId;
import io.pyrotorrent.domain.model.removal.RemovalJob;
import io.pyrotorrent.domain.model.removal.RemovalPreview;
import io.pyrotorrent.domain.model.removal.RemovalResult;
import io.pyrotorrent.domain.model.seeding.Limits;
import io.pyrotorrent.domain.model.seeding.RuleAction;
import io.pyrotorrent.domain.model.seeding.RuleMatch;
import io.pyrotorrent.domain.model.seeding.RuleScope;
import io.pyrotorrent.domain.model.seeding.RuleStatus;
import io.pyrotorrent.domain.model.seeding.SeedingRule;
import io.pyrotorrent.domain.port.in.RemoveData;
import io.pyrotorrent.domain.port.out.TorrentClient;
import io.pyrotorrent.domain.service.DetailsService;
import io.pyrotorrent.domain.service.Targets;
import io.pyrotorrent.domain.service.TorrentService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SeedingRulesTest {

    private static final TargetName LOCAL = TargetName.of("local");
    private static final Principal OTHER = new Principal("bob", false, Set.of(TargetName.of("elsewhere")));

    private final InMemoryTorrentClient client = new InMemoryTorrentClient();
    private final Targets targets = new Targets(Map.<TargetName, TorrentClient>of(LOCAL, client));
    private final TorrentService torrents = new TorrentService(targets);
    private final InMemoryAuditLog audit = new InMemoryAuditLog();
    private final TestClock clock = new TestClock();
    private final List<InfoHash> removedWithData = new ArrayList<>();
    private final List<SeedingAutomation.Acted> acted = new ArrayList<>();
    private int saves;
    private final SeedingRules rules = SeedingAutomation.of(
            new InMemorySeedingRules(),
            torrents,
            new DetailsService(targets),
            torrents,
            new RecordingRemoval(),
            audit,
            clock,
            acted::add,
            () -> saves++);

    @Test
    void dryRun_listsSeedingTorrentsOfTheLabelAtTheirRatio_andChangesNothing() {
        var done = seeding("done", "linux", 3, 1);
        seeding("low", "linux", 1, 2);
        seeding("other-label", "movies", 5, 1);
        client.put(TestTorrent.unique("downloading").metainfo(), true).label(Label.of("linux"));

        var matches = rules.dryRun(Principal.LOCAL, rule("linux", ratio(2), RuleAction.STOP, 10));

        assertThat(matches).extracting(RuleMatch::hash).containsExactly(done);
        assertThat(matches.get(0).reason()).isEqualTo("ratio 3.00 >= 2");
        assertThat(started(done)).isTrue();
        assertThat(audit.find(AuditQuery.latest(100))).isEmpty();
    }

    @Test
    void run_actsOnExactlyWhatTheDryRunListed_auditedAsAutomation() {
        var a = seeding("a", "linux", 3, 1);
        var b = seeding("b", "linux", 4, 1);
        seeding("c", "linux", 1, 1);
        var saved = rules.save(Principal.LOCAL, rule("linux", ratio(2), RuleAction.STOP, 10));
        var dry = rules.dryRun(Principal.LOCAL, saved);

        rules.runAll();

        assertThat(dry).extracting(RuleMatch::hash).containsExactlyInAnyOrder(a, b);
        assertThat(started(a)).isFalse();
        assertThat(started(b)).isFalse();
        List<AuditEntry> entries = audit.find(AuditQuery.latest(100));
        assertThat(entries).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.user()).isEqualTo("automation");
            assertThat(entry.action()).isEqualTo("SeedingRule stop rule=seed linux");
            assertThat(entry.result()).startsWith("ok (ratio ");
        });
        assertThat(rules.rules(Principal.LOCAL).get(0).status().result()).isEqualTo("stopped 2");
        assertThat(acted).hasSize(2);
        assertThat(saves).as("a save asks for a run").isEqualTo(1);
    }

    @Test
    void moreMatchesThanTheMaximum_waitForConfirmation_thenActOnTheConfirmedCount() {
        var a = seeding("a", "linux", 3, 1);
        var b = seeding("b", "linux", 4, 1);
        var saved = rules.save(Principal.LOCAL, rule("linux", ratio(2), RuleAction.REMOVE, 1));

        rules.runAll();

        assertThat(client.all()).hasSize(2);
        RuleStatus status = rules.rules(Principal.LOCAL).get(0).status();
        assertThat(status.waiting()).isEqualTo(2);
        assertThat(status.result()).contains("waiting for confirmation");
        assertThatThrownBy(() -> rules.confirm(Principal.LOCAL, saved.id(), 3))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("now matches 2");

        var done = rules.confirm(Principal.LOCAL, saved.id(), 2);

        assertThat(done).extracting(RuleMatch::hash).containsExactlyInAnyOrder(a, b);
        assertThat(client.all()).isEmpty();
        assertThat(rules.rules(Principal.LOCAL).get(0).status().waiting()).isZero();
    }

    @Test
    void idleLimit_countsFromWhenTheTorrentLastMovedData_onTheRulesClock() {
        var quiet = seeding("quiet", "", 0, 1);
        var busy = seeding("busy", "", 0, 1);
        client.torrent(busy).rates(1000, 0);
        var idle = new Limits(Optional.empty(), Optional.empty(), Optional.of(Duration.ofHours(2)));
        var saved = rules.save(Principal.LOCAL, rule("", idle, RuleAction.REMOVE_WITH_DATA, 10));

        rules.runAll();
        clock.advance(Duration.ofHours(2));
        var dry = rules.dryRun(Principal.LOCAL, saved);
        rules.runAll();

        assertThat(dry).extracting(RuleMatch::hash).containsExactly(quiet);
        assertThat(dry.get(0).reason()).isEqualTo("idle 2h >= 2h");
        assertThat(removedWithData).containsExactly(quiet);
    }

    @Test
    void seedingTimeLimit_countsFromFinished() {
        var old = seeding("old", "", 0, 1);
        clock.advance(Duration.between(clock.instant(), java.time.Instant.now()).plusDays(3));
        var week = new Limits(Optional.empty(), Optional.of(Duration.ofDays(7)), Optional.empty());

        assertThat(rules.dryRun(Principal.LOCAL, rule("", week, RuleAction.STOP, 10)))
                .isEmpty();
        clock.advance(Duration.ofDays(5));
        assertThat(rules.dryRun(Principal.LOCAL, rule("", week, RuleAction.STOP, 10)))
                .extracting(RuleMatch::hash)
                .containsExactly(old);
    }

    @Test
    void aLabelNoTorrentHas_isRefusedWithItsName() {
        seeding("a", "linux", 1, 1);

        assertThatThrownBy(() -> rules.save(Principal.LOCAL, rule("linx", ratio(2), RuleAction.STOP, 10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("label: no torrent of local has the label 'linx'");
    }

    @Test
    void impossibleLimits_areRefusedNamingTheLimit() {
        assertThatThrownBy(() -> ratio(-1)).hasMessageContaining("ratio: 0 to 10000");
        assertThatThrownBy(() -> new Limits(Optional.empty(), Optional.of(Duration.ofSeconds(5)), Optional.empty()))
                .hasMessageContaining("seeding time: 1 minute to 3650 days");
        assertThatThrownBy(() -> new Limits(Optional.empty(), Optional.empty(), Optional.empty()))
                .hasMessageContaining("at least one limit");
        assertThatThrownBy(() -> rule("linux", ratio(2), RuleAction.STOP, 0)).hasMessageContaining("max per run");
    }

    @Test
    void anotherUsersRule_answersLikeAMissingOne() {
        seeding("a", "linux", 3, 1);
        var saved = rules.save(Principal.LOCAL, rule("linux", ratio(2), RuleAction.STOP, 10));

        assertThat(rules.rules(OTHER)).isEmpty();
        assertThatThrownBy(() -> rules.delete(OTHER, saved.id()))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessage("no seeding rule " + saved.id());
        assertThatThrownBy(() -> rules.dryRun(OTHER, saved)).isInstanceOf(UnknownTargetException.class);
        assertThatThrownBy(() -> rules.delete(Principal.LOCAL, 999))
                .isInstanceOf(NoSuchElementException.class)
                .hasMessage("no seeding rule 999");
    }

    @Test
    void aFailingTarget_isRecordedOnItsRule_andTheRunGoesOn() {
        rules.save(Principal.LOCAL, rule("", ratio(2), RuleAction.STOP, 10));
        client.failWith(new io.pyrotorrent.domain.model.ClientFailure.Unreachable("connection refused"));

        rules.runAll();

        assertThat(rules.rules(Principal.LOCAL).get(0).status().result()).startsWith("failed: ");
    }

    private InfoHash seeding(String name, String label, long up, long down) {
        return client.put(TestTorrent.unique(name).metainfo(), true)
                .complete(true)
                .totals(up, down)
                .label(Label.of(label))
                .hash();
    }

    private boolean started(InfoHash hash) {
        return torrents
                .list(
                        Principal.LOCAL,
                        LOCAL,
                        io.pyrotorrent.domain.model.ViewName.MAIN,
                        List.of(TorrentFields.HASH, TorrentFields.STATE))
                .stream()
                .filter(row -> row.get(TorrentFields.HASH).equals(hash))
                .findFirst()
                .orElseThrow()
                .get(TorrentFields.STATE);
    }

    private static Limits ratio(double ratio) {
        return new Limits(Optional.of(ratio), Optional.empty(), Optional.empty());
    }

    private static SeedingRule rule(String label, Limits limits, RuleAction action, int max) {
        return new SeedingRule(
                0, "seed " + label, LOCAL, new RuleScope.OfLabel(Label.of(label)), limits, action, max, true);
    }

    /** Records what it was asked to remove; the real one is tested in RemovalServiceTest. */
    private final class RecordingRemoval implements RemoveData {
        @Override
        public RemovalPreview preview(Principal caller, TargetName target, InfoHash hash) {
            throw new UnsupportedOperationException();
        }

        @Override
        public RemovalResult remove(Principal caller, TargetName target, InfoHash hash) {
            removedWithData.add(hash);
            return new RemovalResult(hash, "x", Optional.empty(), List.of(), List.of());
        }

        @Override
        public JobId startRemoval(Principal caller, TargetName target, List<InfoHash> hashes) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<RemovalJob> job(Principal caller, JobId id) {
            return Optional.empty();
        }
    }
}
