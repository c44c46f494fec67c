package io.pyrotorrent.domain.automation.seeding;

import io.pyrotorrent.domain.automation.Automation;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.audit.AuditEntry;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Done;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.seeding.RuleAction;
import io.pyrotorrent.domain.model.seeding.RuleMatch;
import io.pyrotorrent.domain.model.seeding.SeedingRule;
import io.pyrotorrent.domain.port.in.ControlTorrents;
import io.pyrotorrent.domain.port.in.RemoveData;
import io.pyrotorrent.domain.port.out.AuditLog;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * Does what a rule decided, as "automation", and writes one audit entry per torrent naming the
 * rule and the limit reached, so the log answers "why did this torrent go?".
 */
final class RuleActions {

    private final ControlTorrents control;
    private final RemoveData removeData;
    private final AuditLog audit;
    private final Clock clock;
    private final Consumer<RuleActed> listener;

    /** One torrent a rule acted on, for webhooks: what, on which torrent, how it ended. */
    record RuleActed(SeedingRule rule, RuleMatch match, String result) {}

    RuleActions(
            ControlTorrents control, RemoveData removeData, AuditLog audit, Clock clock, Consumer<RuleActed> listener) {
        this.control = control;
        this.removeData = removeData;
        this.audit = audit;
        this.clock = clock;
        this.listener = listener;
    }

    /** Acts on every match; a failure on one torrent is recorded and the others go on. */
    List<String> act(SeedingRule rule, List<RuleMatch> matches) {
        var results = new ArrayList<String>();
        if (rule.action() == RuleAction.REMOVE_WITH_DATA) {
            for (RuleMatch match : matches) {
                results.add(removeWithData(rule.target(), match));
            }
        } else {
            var commands = matches.stream()
                    .map(m -> rule.action() == RuleAction.STOP
                            ? (Command) new Command.Stop(m.hash())
                            : new Command.Erase(m.hash()))
                    .toList();
            List<Outcome<Done>> outcomes =
                    commands.isEmpty() ? List.of() : control.run(Automation.PRINCIPAL, rule.target(), commands);
            for (Outcome<Done> outcome : outcomes) {
                results.add(
                        outcome instanceof Outcome.Failure<?> failure
                                ? "failed: " + failure.failure().message()
                                : "ok");
            }
        }
        for (int i = 0; i < matches.size(); i++) {
            RuleMatch match = matches.get(i);
            String result = results.get(i) + " (" + match.reason() + ")";
            audit.record(new AuditEntry(
                    clock.instant(),
                    Automation.PRINCIPAL.name(),
                    rule.target(),
                    "SeedingRule " + rule.action().word() + " rule=" + rule.name(),
                    List.of(match.hash().hex()),
                    result));
            listener.accept(new RuleActed(rule, match, results.get(i)));
        }
        return List.copyOf(results);
    }

    private String removeWithData(TargetName target, RuleMatch match) {
        try {
            var result = removeData.remove(Automation.PRINCIPAL, target, match.hash());
            return result.refused().map(reason -> "refused: " + reason).orElse("ok");
        } catch (RuntimeException e) {
            return "failed: " + e.getMessage();
        }
    }
}
