package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.listing.Listing;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.CommandResults;
import io.pyrotorrent.domain.model.request.Done;
import io.pyrotorrent.domain.model.request.MatchingRun;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.port.in.ControlTorrents;
import io.pyrotorrent.domain.port.out.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * Every command run through {@link ControlTorrents} lands in the audit log with its result, whoever
 * asked (a page, the API, the CLI): wrapping the use case means no adapter has to remember to log.
 * A command that fails as a whole (instance down, target not the caller's) is logged as failed.
 */
public final class AuditedControl implements ControlTorrents {

    private final ControlTorrents control;
    private final AuditTrail trail;

    public AuditedControl(ControlTorrents control, AuditLog log, Clock clock) {
        this.control = control;
        this.trail = new AuditTrail(log, clock);
    }

    @Override
    public List<Outcome<Done>> run(Principal caller, TargetName target, List<Command> commands) {
        Instant at = trail.now();
        List<Outcome<Done>> outcomes;
        try {
            outcomes = control.run(caller, target, commands);
        } catch (RuntimeException e) {
            trail.record(at, caller, target, changes(commands, i -> AuditTrail.failed(e)));
            throw e;
        }
        trail.record(at, caller, target, changes(commands, i -> AuditTrail.result(outcomes.get(i))));
        return outcomes;
    }

    @Override
    public CommandResults runNamed(Principal caller, TargetName target, List<Command.OnTorrent> commands) {
        Instant at = trail.now();
        CommandResults results;
        try {
            results = control.runNamed(caller, target, commands);
        } catch (RuntimeException e) {
            trail.record(at, caller, target, changes(commands, i -> AuditTrail.failed(e)));
            throw e;
        }
        trail.record(
                at,
                caller,
                target,
                changes(commands, i -> AuditTrail.result(results.outcomes().get(i))));
        return results;
    }

    /**
     * Logged when the commands ran, one change per matched torrent. A changed count runs nothing,
     * and a failure before the commands were sent (the read of the view) changed nothing either:
     * neither is a change to record.
     */
    @Override
    public MatchingRun runOnMatching(
            Principal caller,
            TargetName target,
            Listing filter,
            int confirmed,
            Function<InfoHash, Command.OnTorrent> command) {
        Instant at = trail.now();
        MatchingRun run = control.runOnMatching(caller, target, filter, confirmed, command);
        if (run instanceof MatchingRun.Ran ran) {
            List<Command> commands =
                    ran.hashes().stream().<Command>map(command::apply).toList();
            trail.record(
                    at,
                    caller,
                    target,
                    changes(
                            commands,
                            i -> AuditTrail.result(ran.results().outcomes().get(i))));
        }
        return run;
    }

    private static List<AuditTrail.Change> changes(List<? extends Command> commands, IntFunction<String> result) {
        var changes = new ArrayList<AuditTrail.Change>();
        for (int i = 0; i < commands.size(); i++) {
            Command command = commands.get(i);
            changes.add(new AuditTrail.Change(
                    CommandWords.action(command), CommandWords.torrents(command), result.apply(i)));
        }
        return changes;
    }
}
