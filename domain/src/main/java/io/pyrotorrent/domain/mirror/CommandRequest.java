package io.pyrotorrent.domain.mirror;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Done;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.Ref;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.Snapshot;
import io.pyrotorrent.domain.model.request.Step;
import io.pyrotorrent.domain.model.request.TorrentQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Commands (with any reads a caller put around them), then a re-read of the state and moving
 * values of every torrent they name: one request.
 *
 * @param asked how many of the request's steps are the caller's; the re-reads follow them
 */
record CommandRequest(
        Request request, int asked, List<Ref<Done>> commands, Map<InfoHash, Ref<Row>> rereads, boolean loads) {

    static CommandRequest of(List<? extends Command> commands, MirrorFields fields) {
        if (commands.isEmpty()) {
            throw new IllegalArgumentException("at least one command is needed");
        }
        return around(new Request(new ArrayList<Step<?>>(commands)), fields);
    }

    /** The caller's steps in their order, so its reads after a command still see the command's effect. */
    @SuppressWarnings({"unchecked", "rawtypes"})
    static CommandRequest around(Request asked, MirrorFields fields) {
        var steps = Request.builder();
        var refs = new ArrayList<Ref<Done>>();
        for (Step<?> step : asked.steps()) {
            Ref<?> ref = steps.add((Step) step);
            if (step instanceof Command) {
                refs.add((Ref<Done>) ref);
            }
        }
        List<Command> commands = asked.steps().stream()
                .filter(Command.class::isInstance)
                .map(Command.class::cast)
                .toList();
        var rereads = new LinkedHashMap<InfoHash, Ref<Row>>();
        commands.stream()
                .filter(Command.OnTorrent.class::isInstance)
                .map(c -> ((Command.OnTorrent) c).hash())
                .distinct()
                .forEach(h -> rereads.put(
                        h, steps.add(TorrentQuery.of(h, MirrorFields.withHash(rereadFields(commands, h, fields))))));
        boolean loads = commands.stream().anyMatch(Command.AddTorrent.class::isInstance);
        return new CommandRequest(steps.build(), asked.steps().size(), List.copyOf(refs), Map.copyOf(rereads), loads);
    }

    /**
     * The state and moving values, which any command may change; all of them after a move, which
     * changes a torrent's folder, a value the mirror otherwise only re-reads in its slow sweep.
     */
    private static List<Field<?>> rereadFields(List<Command> commands, InfoHash hash, MirrorFields fields) {
        boolean moved = commands.stream()
                .anyMatch(
                        c -> c instanceof Command.SetDirectory set && set.hash().equals(hash));
        return moved ? fields.all() : fields.changing();
    }

    /** An erased torrent's re-read fails: rTorrent no longer knows it, so neither do we. */
    void apply(Snapshot answer, MirrorTable table) {
        rereads.forEach((hash, ref) -> {
            Outcome<Row> outcome = answer.outcome(ref);
            if (outcome instanceof Outcome.Success<Row> success) {
                table.merge(success.value());
            } else {
                PollPlan.gone(outcome, hash, table);
            }
        });
    }

    /** The answer to the caller's own steps, without the re-reads. */
    Snapshot answered(Snapshot answer) {
        return new Snapshot(answer.outcomes().subList(0, asked));
    }

    List<Outcome<Done>> outcomes(Snapshot answer) {
        return commands.stream().<Outcome<Done>>map(answer::outcome).toList();
    }
}
