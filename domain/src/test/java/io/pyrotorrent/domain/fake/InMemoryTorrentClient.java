package io.pyrotorrent.domain.fake;

import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.field.Columns;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.metainfo.Metainfo;
import io.pyrotorrent.domain.model.request.ChangeCountQuery;
import io.pyrotorrent.domain.model.request.ClientQuery;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.FileListQuery;
import io.pyrotorrent.domain.model.request.FilteredQuery;
import io.pyrotorrent.domain.model.request.LoadedAfterQuery;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.PeerListQuery;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.Snapshot;
import io.pyrotorrent.domain.model.request.Step;
import io.pyrotorrent.domain.model.request.ThrottleQuery;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.domain.model.request.TorrentQuery;
import io.pyrotorrent.domain.model.request.TrackerListQuery;
import io.pyrotorrent.domain.model.request.ViewSizesQuery;
import io.pyrotorrent.domain.model.throttle.ThrottleLimits;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

/**
 * An rTorrent in memory, for fast tests of everything above the port. It behaves as rTorrent
 * 0.9.8 was measured to (views, state flags after each command, faults -501/-503, silently
 * ignored bad or duplicate loads); the contract suite runs against both to keep that true.
 */
public final class InMemoryTorrentClient implements io.pyrotorrent.domain.port.out.TorrentClient {

    static final ClientFailure UNKNOWN_HASH = new ClientFailure.NotFound(-501, "Could not find info-hash.");
    static final ClientFailure UNKNOWN_VIEW = new ClientFailure.Rejected(-503, "Could not find view.");

    final Map<InfoHash, FakeTorrent> torrents = new LinkedHashMap<>();
    final FakeClientState state = new FakeClientState();
    private final FakeCommands commands = new FakeCommands(this);
    private final AtomicLong roundTrips = new AtomicLong();
    private volatile ClientFailure outage;

    @Override
    public synchronized Snapshot send(Request request) {
        roundTrips.incrementAndGet();
        ClientFailure failure = outage;
        if (failure != null) {
            throw new TorrentClientException(failure);
        }
        var outcomes = new ArrayList<Outcome<?>>();
        for (Step<?> step : request.steps()) {
            outcomes.add(run(step));
        }
        return new Snapshot(outcomes);
    }

    /** How many times {@link #send} was called: the fake's round trips. */
    public long roundTrips() {
        return roundTrips.get();
    }

    /** Makes every call fail as a whole, as a dead or stalled instance does; null heals it. */
    public void failWith(ClientFailure failure) {
        this.outage = failure;
    }

    /** Puts a torrent in directly, for tests that need one in a given state. */
    public synchronized FakeTorrent put(Metainfo metainfo, boolean started) {
        var torrent = FakeTorrent.of(metainfo, "/downloads");
        torrents.put(torrent.hash, torrent);
        changed();
        if (started) {
            commands.start(torrent);
        }
        return torrent;
    }

    public synchronized FakeTorrent torrent(InfoHash hash) {
        return Optional.ofNullable(torrents.get(hash)).orElseThrow();
    }

    /** Every torrent, in main-view order, for tests that change them behind a reader's back. */
    public synchronized List<FakeTorrent> all() {
        return List.copyOf(torrents.values());
    }

    /** Removes a torrent as another client (ruTorrent, rtcontrol) would. */
    public synchronized void remove(InfoHash hash) {
        if (torrents.remove(hash) != null) {
            changed();
        }
    }

    /** As rTorrent's insert and erase events move the change count, once it is set up. */
    void changed() {
        if (state.changeCount != null) {
            state.changeCount++;
        }
    }

    /** Refuses to set up the change count from now on (a proxy that allows only some commands). */
    public synchronized void refuseChangeCount() {
        state.refusesChangeCount = true;
    }

    /** The change count, or empty where it is not set up: for tests that check it is. */
    public synchronized Optional<Long> changeCount() {
        return Optional.ofNullable(state.changeCount);
    }

    /**
     * Restarts the instance: a new pid unless told to keep it (a container often gives the same
     * one), global totals from zero, rates from zero; the session keeps the torrents, and started
     * ones start again.
     */
    public synchronized void restart(boolean samePid) {
        state.pid += samePid ? 0 : 1;
        state.changeCount = null; // rTorrent keeps it in memory only
        state.upTotal = 0;
        state.downTotal = 0;
        torrents.values().forEach(t -> {
            t.active = t.state;
            t.open = t.state;
            t.rates(0, 0).peers(0, 0);
        });
    }

    /** Global totals grow while rTorrent runs; only a restart takes them back to zero. */
    public synchronized void addTraffic(long up, long down) {
        state.upTotal += up;
        state.downTotal += down;
    }

    public void hostname(String hostname) {
        state.hostname = hostname;
    }

    private Outcome<?> run(Step<?> step) {
        if (step instanceof Command command) {
            return commands.run(command);
        }
        if (step instanceof ClientQuery query) {
            Columns columns = query.columns();
            return success(columns.row(columns.fields().stream()
                    .map(f -> FakeValues.client(state, f))
                    .toArray()));
        }
        if (step instanceof TorrentListQuery query) {
            return FakeViews.filter(query.view().value())
                    .<Outcome<?>>map(filter -> success(torrents.values().stream()
                            .filter(filter)
                            .map(t -> row(query.columns(), FakeValues.TORRENT, t))
                            .toList()))
                    .orElseGet(() -> new Outcome.Failure<>(UNKNOWN_VIEW));
        }
        if (step instanceof TorrentQuery query) {
            return withTorrent(query.hash(), t -> row(query.columns(), FakeValues.TORRENT, t));
        }
        if (step instanceof FileListQuery query) {
            return withTorrent(query.hash(), t -> rows(query.columns(), FakeValues.FILE, t.files));
        }
        if (step instanceof PeerListQuery query) {
            return withTorrent(query.hash(), t -> List.of());
        }
        if (step instanceof TrackerListQuery query) {
            return withTorrent(query.hash(), t -> rows(query.columns(), FakeValues.TRACKER, t.trackers));
        }
        if (step instanceof ThrottleQuery query) {
            return success(throttle(query.name().value()));
        }
        if (step instanceof FilteredQuery query) {
            return FakeViews.filter(query.view().value())
                    .<Outcome<?>>map(filter -> success(torrents.values().stream()
                            .filter(filter)
                            .filter(t -> switch (query.filter()) {
                                case TRANSFERRING -> t.upRate > 0 || t.downRate > 0;
                                case WITH_MESSAGE -> !t.message.isEmpty();
                            })
                            .map(t -> row(query.columns(), FakeValues.TORRENT, t))
                            .toList()))
                    .orElseGet(() -> new Outcome.Failure<>(UNKNOWN_VIEW));
        }
        if (step instanceof LoadedAfterQuery query) {
            return FakeViews.filter(query.view().value())
                    .<Outcome<?>>map(filter -> success(torrents.values().stream()
                            .filter(filter)
                            .filter(t -> t.loaded > query.epochSecond())
                            .map(t -> row(query.columns(), FakeValues.TORRENT, t))
                            .toList()))
                    .orElseGet(() -> new Outcome.Failure<>(UNKNOWN_VIEW));
        }
        if (step instanceof ChangeCountQuery query) {
            if (query.install() && state.refusesChangeCount) {
                return new Outcome.Failure<>(new ClientFailure.Rejected(-506, "Method 'method.set_key' not defined"));
            }
            if (query.install() && state.changeCount == null) {
                state.changeCount = 0L;
            }
            return state.changeCount == null
                    ? new Outcome.Failure<>(
                            new ClientFailure.Rejected(-506, "Method 'pyrotorrent.changes' not defined"))
                    : success(state.changeCount);
        }
        if (step instanceof ViewSizesQuery query) {
            var counts = new java.util.ArrayList<Long>();
            for (var view : query.views()) {
                var filter = FakeViews.filter(view.value());
                if (filter.isEmpty()) {
                    return new Outcome.Failure<>(UNKNOWN_VIEW);
                }
                counts.add(torrents.values().stream().filter(filter.get()).count());
            }
            return success(List.copyOf(counts));
        }
        throw new IllegalArgumentException("the fake does not know " + step);
    }

    /** As rTorrent reads a group back: -1 when undefined, 0 while the global limit is unlimited. */
    private ThrottleLimits throttle(String name) {
        var group = state.throttles.get(name);
        if (group == null) {
            return new ThrottleLimits(ThrottleLimits.UNKNOWN, ThrottleLimits.UNKNOWN);
        }
        return new ThrottleLimits(
                state.upLimit == 0 ? 0 : group.upKiB() * 1024, state.downLimit == 0 ? 0 : group.downKiB() * 1024);
    }

    private Outcome<?> withTorrent(InfoHash hash, Function<FakeTorrent, Object> answer) {
        FakeTorrent torrent = torrents.get(hash);
        return torrent == null ? new Outcome.Failure<>(UNKNOWN_HASH) : success(answer.apply(torrent));
    }

    private static <S> List<Row> rows(Columns columns, Map<Field<?>, Function<S, Object>> values, List<S> sources) {
        return sources.stream().map(source -> row(columns, values, source)).toList();
    }

    private static <S> Row row(Columns columns, Map<Field<?>, Function<S, Object>> values, S source) {
        return columns.row(
                columns.fields().stream().map(f -> values.get(f).apply(source)).toArray());
    }

    private static Outcome<?> success(Object value) {
        return new Outcome.Success<>(value);
    }
}
