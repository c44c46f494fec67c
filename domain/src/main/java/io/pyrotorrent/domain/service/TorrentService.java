package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.listing.Listing;
import io.pyrotorrent.domain.model.listing.Slice;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.CommandResults;
import io.pyrotorrent.domain.model.request.Done;
import io.pyrotorrent.domain.model.request.MatchingRun;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.Ref;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.Snapshot;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.domain.model.request.TorrentQuery;
import io.pyrotorrent.domain.port.in.ControlTorrents;
import io.pyrotorrent.domain.port.in.ListTorrents;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Listing and controlling the torrents of one target, each call one request to it. */
public final class TorrentService implements ListTorrents, ControlTorrents {

    private final Access access;
    private final SliceMemo slices = new SliceMemo();

    public TorrentService(Targets targets) {
        this.access = new Access(targets);
    }

    @Override
    public List<Row> list(Principal caller, TargetName target, ViewName view, List<Field<?>> fields) {
        var request = Request.builder();
        var rows = request.add(TorrentListQuery.of(view, fields));
        return client(caller, target).send(request.build()).get(rows);
    }

    @Override
    public Slice slice(Principal caller, TargetName target, Listing listing) {
        var request = Request.builder();
        var rows = request.add(TorrentListQuery.of(listing.view(), listing.fieldsToFetch()));
        return slices.slice(target, client(caller, target).send(request.build()).get(rows), listing);
    }

    @Override
    public Map<InfoHash, String> names(Principal caller, TargetName target, List<InfoHash> hashes) {
        TorrentClient client = client(caller, target);
        if (hashes.isEmpty()) {
            return new LinkedHashMap<>();
        }
        var request = Request.builder();
        var refs = askNames(request, hashes);
        return namesFrom(client.send(request.build()), refs);
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Outcome<Done>> run(Principal caller, TargetName target, List<Command> commands) {
        TorrentClient client = client(caller, target);
        if (commands.isEmpty()) {
            return List.of();
        }
        var outcomes = new ArrayList<Outcome<Done>>();
        client.send(new Request(List.copyOf(commands)))
                .outcomes()
                .forEach(outcome -> outcomes.add((Outcome<Done>) outcome));
        return outcomes;
    }

    @Override
    public CommandResults runNamed(Principal caller, TargetName target, List<Command.OnTorrent> commands) {
        TorrentClient client = client(caller, target);
        if (commands.isEmpty()) {
            return new CommandResults(Map.of(), List.of());
        }
        var request = Request.builder();
        var refs =
                askNames(request, commands.stream().map(Command.OnTorrent::hash).toList());
        var done = new ArrayList<Ref<Done>>();
        commands.forEach(c -> done.add(request.add(c)));
        var snapshot = client.send(request.build());
        return new CommandResults(
                namesFrom(snapshot, refs), done.stream().map(snapshot::outcome).toList());
    }

    @Override
    public MatchingRun runOnMatching(
            Principal caller,
            TargetName target,
            Listing filter,
            int confirmed,
            Function<InfoHash, Command.OnTorrent> command) {
        TorrentClient client = client(caller, target);
        var fields = new ArrayList<Field<?>>(filter.fieldsToFetch());
        if (!fields.contains(TorrentFields.NAME)) {
            fields.add(TorrentFields.NAME);
        }
        var read = Request.builder();
        var rows = read.add(TorrentListQuery.of(filter.view(), fields));
        // In the listing's order, so the answer names them as the user saw them.
        List<Row> matching = Slicer.matching(client.send(read.build()).get(rows), filter);
        if (matching.size() != confirmed) {
            return new MatchingRun.CountChanged(matching.size(), confirmed);
        }
        var names = new LinkedHashMap<InfoHash, String>();
        matching.forEach(row -> names.put(row.get(TorrentFields.HASH), row.get(TorrentFields.NAME)));
        var hashes = List.copyOf(names.keySet());
        if (hashes.isEmpty()) {
            return new MatchingRun.Ran(hashes, new CommandResults(names, List.of()));
        }
        var commands = Request.builder();
        var done = new ArrayList<Ref<Done>>();
        hashes.forEach(hash -> done.add(commands.add(command.apply(hash))));
        var snapshot = client.send(commands.build());
        return new MatchingRun.Ran(
                hashes,
                new CommandResults(names, done.stream().map(snapshot::outcome).toList()));
    }

    /** One d.name step per distinct hash, in order. */
    private static Map<InfoHash, Ref<Row>> askNames(Request.Builder request, List<InfoHash> hashes) {
        var refs = new LinkedHashMap<InfoHash, Ref<Row>>();
        hashes.forEach(hash -> refs.computeIfAbsent(hash, h -> request.add(TorrentQuery.of(h, TorrentFields.NAME))));
        return refs;
    }

    /** The names rTorrent gave; a hash it does not know is left out. */
    private static Map<InfoHash, String> namesFrom(Snapshot snapshot, Map<InfoHash, Ref<Row>> refs) {
        var names = new LinkedHashMap<InfoHash, String>();
        refs.forEach((hash, ref) -> {
            if (snapshot.outcome(ref) instanceof Outcome.Success<Row> found) {
                names.put(hash, found.value().get(TorrentFields.NAME));
            }
        });
        return names;
    }

    private TorrentClient client(Principal caller, TargetName target) {
        return access.client(caller, target);
    }
}
