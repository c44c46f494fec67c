package io.pyrotorrent.domain.mirror;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Done;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.Ref;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.Snapshot;
import io.pyrotorrent.domain.model.request.Step;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.domain.model.request.TorrentQuery;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Commands (with any reads a caller put around them), then a re-read of the state and moving
 * values of every torrent they name: one request.
 *
 * @param asked how many of the request's steps are the caller's; the re-reads follow them
 * @param rereads each named torrent's re-read by hash, when they are few
 * @param listed the re-read of every torrent's state in one list (as the mirror's state read), when
 *     many are named; their moving values follow with the next poll
 * @param named the torrents the commands name
 */
record CommandRequest(
        Request request,
        int asked,
        List<Ref<Done>> commands,
        Map<InfoHash, Ref<Row>> rereads,
        Optional<Ref<List<Row>>> listed,
        Set<InfoHash> named,
        boolean loads) {

    /**
     * More torrents named than this are re-read in one list of every torrent rather than by hash.
     * rTorrent 0.9.8 walks its download list for each value read by hash, and a torrent's list read
     * costs about as much per value as one torrent's walk per torrent in the list: about 2.4 ms a
     * value on average at 20,000 torrents (it-tests/bin/rtorrent-read-costs), 23 values a torrent,
     * against 650-690 ms for the state of all 20,000. So past a dozen torrents, at any size, one
     * list is cheaper: "select all, pause" on 500 torrents costs a second, not half a minute.
     */
    static final int REREADS_BY_HASH = 10;

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
        var named = new LinkedHashSet<InfoHash>();
        commands.stream()
                .filter(Command.OnTorrent.class::isInstance)
                .map(c -> ((Command.OnTorrent) c).hash())
                .forEach(named::add);
        boolean moves = commands.stream().anyMatch(Command.SetDirectory.class::isInstance);
        var rereads = new LinkedHashMap<InfoHash, Ref<Row>>();
        Optional<Ref<List<Row>>> listed = Optional.empty();
        if (named.size() > REREADS_BY_HASH && !moves) {
            listed = Optional.of(steps.add(TorrentListQuery.of(ViewName.MAIN, MirrorFields.withHash(fields.state()))));
        } else {
            named.forEach(h -> rereads.put(
                    h, steps.add(TorrentQuery.of(h, MirrorFields.withHash(rereadFields(commands, h, fields))))));
        }
        boolean loads = commands.stream().anyMatch(Command.AddTorrent.class::isInstance);
        return new CommandRequest(
                steps.build(),
                asked.steps().size(),
                List.copyOf(refs),
                Map.copyOf(rereads),
                listed,
                Set.copyOf(named),
                loads);
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

    /** An erased torrent's re-read fails, or it is missing from the list: rTorrent no longer knows it, so neither do we. */
    void apply(Snapshot answer, MirrorTable table) {
        listed.ifPresent(ref -> {
            var there = new HashSet<InfoHash>();
            for (Row row : answer.get(ref)) {
                InfoHash hash = row.get(TorrentFields.HASH);
                there.add(hash);
                if (table.rows.containsKey(hash)) {
                    table.merge(row);
                }
            }
            named.stream().filter(h -> !there.contains(h)).forEach(table::forget);
        });
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
