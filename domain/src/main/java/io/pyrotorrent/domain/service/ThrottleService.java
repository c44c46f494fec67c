package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.UnknownTorrentException;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Done;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.Ref;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.ThrottleQuery;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.domain.model.request.TorrentQuery;
import io.pyrotorrent.domain.model.throttle.ThrottleAssignment;
import io.pyrotorrent.domain.model.throttle.ThrottleGroup;
import io.pyrotorrent.domain.model.throttle.ThrottleGroups;
import io.pyrotorrent.domain.model.throttle.ThrottleLimits;
import io.pyrotorrent.domain.model.throttle.ThrottleName;
import io.pyrotorrent.domain.port.in.ControlTorrents;
import io.pyrotorrent.domain.port.in.ManageThrottles;
import io.pyrotorrent.domain.port.out.ThrottleKeeper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Throttle groups through the port. rTorrent cannot list its groups, so the names shown are those
 * defined through pyroTorrent (kept in a file for the managed instance, in memory for the others)
 * and those a torrent names; their limits are read in one round trip. Changes go through the
 * audited {@link ControlTorrents}, so each lands in the audit log.
 */
public final class ThrottleService implements ManageThrottles {

    /** A selection larger than this is refused: one request stays well below rTorrent's body limit. */
    public static final int MAX_TORRENTS = 1_000;

    private final Access access;
    private final ControlTorrents control;
    private final ThrottleKeeper keeper;
    private final Map<TargetName, Set<ThrottleName>> defined = new ConcurrentHashMap<>();

    public ThrottleService(Targets targets, ControlTorrents control, ThrottleKeeper keeper) {
        this.access = new Access(targets);
        this.control = control;
        this.keeper = keeper;
    }

    @Override
    public ThrottleGroups groups(Principal caller, TargetName target) {
        var client = access.client(caller, target);
        var counts = new TreeMap<String, Integer>();
        var list = Request.builder();
        var rows = list.add(TorrentListQuery.of(ViewName.MAIN, List.of(TorrentFields.HASH, TorrentFields.THROTTLE)));
        for (Row row : client.send(list.build()).get(rows)) {
            String name = row.get(TorrentFields.THROTTLE);
            if (!name.isEmpty()) {
                counts.merge(name, 1, Integer::sum);
            }
        }
        var names = new TreeSet<String>(counts.keySet());
        known(target).forEach(name -> names.add(name.value()));
        var read = Request.builder();
        var limits = new LinkedHashMap<ThrottleName, Ref<ThrottleLimits>>();
        for (String name : names) {
            try {
                ThrottleName group = ThrottleName.of(name);
                limits.put(group, read.add(new ThrottleQuery(group)));
            } catch (IllegalArgumentException notOurs) {
                // Named in rtorrent.rc with characters pyroTorrent does not write; not shown.
            }
        }
        var groups = new ArrayList<ThrottleGroups.Group>();
        if (!limits.isEmpty()) {
            var snapshot = client.send(read.build());
            limits.forEach((name, ref) -> groups.add(
                    new ThrottleGroups.Group(name, snapshot.get(ref), counts.getOrDefault(name.value(), 0))));
        }
        return new ThrottleGroups(groups, keeper.keeps(target));
    }

    @Override
    public ThrottleGroups define(Principal caller, TargetName target, ThrottleGroup group) {
        var outcome = control.run(caller, target, List.of(new Command.DefineThrottleGroup(group)))
                .get(0);
        if (outcome instanceof Outcome.Failure<Done> failure) {
            throw new io.pyrotorrent.domain.model.TorrentClientException(failure.failure());
        }
        defined.computeIfAbsent(target, t -> ConcurrentHashMap.newKeySet()).add(group.name());
        keeper.keep(target, group);
        return groups(caller, target);
    }

    @Override
    public ThrottleAssignment assign(
            Principal caller, TargetName target, List<InfoHash> hashes, Optional<ThrottleName> group) {
        if (hashes.isEmpty() || hashes.size() > MAX_TORRENTS) {
            throw new IllegalArgumentException("give 1 to " + MAX_TORRENTS + " torrents, not " + hashes.size());
        }
        // The state now, from rTorrent itself: a mirror's "inactive" a second old would make the set fail.
        var read = Request.builder();
        var active = new LinkedHashMap<InfoHash, Ref<Row>>();
        hashes.stream()
                .distinct()
                .forEach(hash -> active.put(hash, read.add(TorrentQuery.of(hash, TorrentFields.ACTIVE))));
        var snapshot = access.client(caller, target).send(read.build());
        var commands = new ArrayList<Command>();
        var setAt = new LinkedHashMap<InfoHash, Integer>();
        var resumed = new ArrayList<InfoHash>();
        // rTorrent refuses d.throttle_name.set on an ACTIVE torrent and takes it on a paused, stopped
        // or closed one (0.9.8 and 0.16, ThrottleGroupFactsIT). Pausing is enough, nothing needs a
        // stop: pause, set, resume go in one system.multicall, which rTorrent runs in order.
        for (var entry : active.entrySet()) {
            if (!(snapshot.outcome(entry.getValue()) instanceof Outcome.Success<Row> found)) {
                throw new UnknownTorrentException(entry.getKey());
            }
            boolean running = found.value().get(TorrentFields.ACTIVE);
            if (running) {
                commands.add(new Command.Pause(entry.getKey()));
            }
            setAt.put(entry.getKey(), commands.size());
            commands.add(new Command.SetThrottleGroup(entry.getKey(), group));
            if (running) {
                commands.add(new Command.Resume(entry.getKey()));
                resumed.add(entry.getKey());
            }
        }
        List<Outcome<Done>> outcomes = control.run(caller, target, commands);
        var moved = new ArrayList<InfoHash>();
        var failed = new LinkedHashMap<InfoHash, String>();
        setAt.forEach((hash, at) -> {
            if (outcomes.get(at) instanceof Outcome.Failure<Done> failure) {
                failed.put(hash, failure.failure().message());
            } else {
                moved.add(hash);
            }
        });
        return new ThrottleAssignment(group, moved, resumed, failed);
    }

    private Set<ThrottleName> known(TargetName target) {
        var names = new TreeSet<ThrottleName>(Comparator.comparing(ThrottleName::value));
        names.addAll(defined.getOrDefault(target, Set.of()));
        keeper.kept(target).forEach(g -> names.add(g.name()));
        return names;
    }
}
