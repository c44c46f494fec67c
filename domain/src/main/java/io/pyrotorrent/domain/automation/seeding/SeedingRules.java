package io.pyrotorrent.domain.automation.seeding;

import io.pyrotorrent.domain.automation.Automation;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.UnknownTargetException;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.field.TrackerFields;
import io.pyrotorrent.domain.model.seeding.RuleMatch;
import io.pyrotorrent.domain.model.seeding.RuleScope;
import io.pyrotorrent.domain.model.seeding.RuleStatus;
import io.pyrotorrent.domain.model.seeding.RuleView;
import io.pyrotorrent.domain.model.seeding.SeedingRule;
import io.pyrotorrent.domain.port.in.ListTorrents;
import io.pyrotorrent.domain.port.in.ManageSeedingRules;
import io.pyrotorrent.domain.port.in.ShowTorrent;
import io.pyrotorrent.domain.port.out.SeedingRuleStore;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Seeding rules: kept in the store, run by {@link #runAll} once a minute as "automation" (nobody
 * needs to be logged in), listed and tried by users on their own targets only.
 */
public final class SeedingRules implements ManageSeedingRules {

    private final SeedingRuleStore store;
    private final ListTorrents list;
    private final ShowTorrent show;
    private final RuleActions actions;
    private final Clock clock;
    private final IdleClock idle;
    private final Map<Long, RuleStatus> statuses = new ConcurrentHashMap<>();

    private final Runnable afterSave;

    SeedingRules(
            SeedingRuleStore store,
            ListTorrents list,
            ShowTorrent show,
            RuleActions actions,
            Clock clock,
            Runnable afterSave) {
        this.afterSave = Objects.requireNonNull(afterSave, "afterSave");
        this.store = Objects.requireNonNull(store, "store");
        this.list = Objects.requireNonNull(list, "list");
        this.show = Objects.requireNonNull(show, "show");
        this.actions = Objects.requireNonNull(actions, "actions");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.idle = new IdleClock(clock);
    }

    @Override
    public List<RuleView> rules(Principal caller) {
        return store.all().stream()
                .filter(rule -> caller.mayUse(rule.target()))
                .map(rule -> new RuleView(rule, statuses.getOrDefault(rule.id(), RuleStatus.NEW)))
                .toList();
    }

    @Override
    public SeedingRule save(Principal caller, SeedingRule rule) {
        checkTarget(caller, rule.target());
        if (rule.id() != 0) {
            owned(caller, rule.id());
        }
        if (rule.scope() instanceof RuleScope.OfLabel of && !of.label().isEmpty()) {
            boolean known = list.list(caller, rule.target(), ViewName.MAIN, List.of(TorrentFields.LABEL)).stream()
                    .anyMatch(row -> row.get(TorrentFields.LABEL).equals(of.label()));
            if (!known) {
                throw new IllegalArgumentException(
                        "label: no torrent of " + rule.target().value() + " has the label '"
                                + of.label().value() + "'");
            }
        }
        SeedingRule saved = store.save(rule);
        statuses.remove(saved.id());
        afterSave.run();
        return saved;
    }

    @Override
    public void delete(Principal caller, long id) {
        owned(caller, id);
        store.delete(id);
        statuses.remove(id);
    }

    @Override
    public List<RuleMatch> dryRun(Principal caller, SeedingRule rule) {
        checkTarget(caller, rule.target());
        return matches(caller, rule);
    }

    @Override
    public List<RuleMatch> confirm(Principal caller, long id, int confirmed) {
        SeedingRule rule = owned(caller, id);
        List<RuleMatch> now = matches(caller, rule);
        if (now.size() != confirmed) {
            throw new IllegalStateException("the rule now matches " + now.size() + " torrents, not the " + confirmed
                    + " you confirmed; look again");
        }
        actions.act(rule, now);
        statuses.put(id, new RuleStatus(Optional.of(clock.instant()), done(rule, now.size()) + " (confirmed)", 0));
        return now;
    }

    /**
     * One run of every enabled rule. A rule that fails (its target down) records why and the
     * others still run; a rule matching more than its maximum acts on none and waits.
     */
    public void runAll() {
        for (SeedingRule rule : store.all()) {
            if (!rule.enabled()) {
                continue;
            }
            Instant at = clock.instant();
            try {
                List<RuleMatch> matches = matches(Automation.PRINCIPAL, rule);
                if (matches.size() > rule.maxPerRun()) {
                    statuses.put(
                            rule.id(),
                            new RuleStatus(
                                    Optional.of(at),
                                    "waiting for confirmation: " + matches.size() + " torrents, more than "
                                            + rule.maxPerRun() + " per run",
                                    matches.size()));
                    continue;
                }
                actions.act(rule, matches);
                statuses.put(rule.id(), new RuleStatus(Optional.of(at), done(rule, matches.size()), 0));
            } catch (RuntimeException e) {
                statuses.put(rule.id(), new RuleStatus(Optional.of(at), "failed: " + e.getMessage(), 0));
            }
        }
    }

    private List<RuleMatch> matches(Principal caller, SeedingRule rule) {
        List<Row> rows = list.list(caller, rule.target(), ViewName.MAIN, RuleMatcher.FIELDS);
        Instant now = clock.instant();
        idle.observe(rule.target(), rows);
        return RuleMatcher.matches(
                rule, rows, now, hash -> idle.lastActive(rule.target(), hash), hash -> onTracker(caller, rule, hash));
    }

    private boolean onTracker(Principal caller, SeedingRule rule, InfoHash hash) {
        var tracker = (RuleScope.OfTracker) rule.scope();
        return show.details(caller, rule.target(), hash).trackers().stream()
                .map(row -> host(row.get(TrackerFields.URL)))
                .anyMatch(host -> host.filter(tracker::matches).isPresent());
    }

    private static Optional<String> host(String url) {
        try {
            return Optional.ofNullable(URI.create(url.strip()).getHost());
        } catch (IllegalArgumentException e) {
            return Optional.empty(); // a tracker URL rTorrent kept but nobody can parse: no match
        }
    }

    private SeedingRule owned(Principal caller, long id) {
        return store.find(id)
                .filter(rule -> caller.mayUse(rule.target()))
                .orElseThrow(() -> new NoSuchElementException("no seeding rule " + id));
    }

    private static void checkTarget(Principal caller, TargetName target) {
        if (!caller.mayUse(target)) {
            throw new UnknownTargetException(target.value());
        }
    }

    private static String done(SeedingRule rule, int count) {
        String verb = switch (rule.action()) {
            case STOP -> "stopped ";
            case REMOVE -> "removed ";
            case REMOVE_WITH_DATA -> "removed with data ";
        };
        return count == 0 ? "nothing to do" : verb + count;
    }
}
