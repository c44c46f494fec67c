package io.pyrotorrent.domain.service;

import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.listing.Listing;
import io.pyrotorrent.domain.model.overview.Overview;
import io.pyrotorrent.domain.model.overview.TargetSection;
import io.pyrotorrent.domain.model.request.ClientQuery;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.domain.port.in.ShowOverview;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;

/**
 * Asks every instance for its status and one view's torrents: one request (so one round trip)
 * per instance, all instances at once, so a page costs the slowest instance, not the sum. Each
 * client enforces its own timeout, so a stalled instance cannot hold the page beyond it.
 */
public final class OverviewService implements ShowOverview {

    /** What an instance's header shows. */
    public static final List<Field<?>> CLIENT_FIELDS = List.of(
            ClientFields.HOSTNAME,
            ClientFields.CLIENT_VERSION,
            ClientFields.LIBRARY_VERSION,
            ClientFields.UP_RATE,
            ClientFields.DOWN_RATE,
            ClientFields.UP_LIMIT,
            ClientFields.DOWN_LIMIT,
            ClientFields.MEMORY_USAGE,
            ClientFields.VIEWS);

    private final Targets targets;
    private final Access access;
    private final SliceMemo slices;
    private final Executor executor;
    private final Map<TargetName, AtomicBoolean> warmAsked = new ConcurrentHashMap<>();

    /**
     * For each target with a mirror, the listings pages read in the last half minute are worked
     * out again (filter, sort, counts, sidebar) as soon as a poll brings new rows, on
     * {@code executor}: the next page finds them done instead of paying for 20,000 rows itself.
     * That is not a read, so it never keeps a mirror polling.
     */
    public OverviewService(Targets targets, Executor executor) {
        this(targets, executor, System::nanoTime);
    }

    /** With another clock for what was read lately, for tests. */
    OverviewService(Targets targets, Executor executor, LongSupplier nanoTime) {
        this.slices = new SliceMemo(nanoTime, SliceMemo.MAX_CELLS);
        this.targets = targets;
        this.access = new Access(targets);
        this.executor = Objects.requireNonNull(executor, "executor");
        for (TargetName name : targets.names()) {
            targets.mirror(name).ifPresent(mirror -> mirror.onNewRows(view -> warmSoon(name)));
        }
    }

    /** How many times a listing was filtered and sorted, by readers or warm-ups; for tests. */
    long listingsWorkedOut() {
        return slices.workedOut();
    }

    /** At most one warm-up queued per target: a poll that lands while one runs queues the next. */
    private void warmSoon(TargetName name) {
        AtomicBoolean asked = warmAsked.computeIfAbsent(name, n -> new AtomicBoolean());
        if (asked.compareAndSet(false, true)) {
            executor.execute(() -> {
                asked.set(false);
                warm(name);
            });
        }
    }

    /** Works out the target's recent listings on the mirror's newest rows. */
    private void warm(TargetName name) {
        var client = targets.client(name);
        if (client.isEmpty()) {
            return;
        }
        for (Listing listing : slices.recent(name)) {
            var request = Request.builder();
            var torrents = request.add(TorrentListQuery.of(listing.view(), listing.fieldsToFetch()));
            try {
                client.get()
                        .peek(request.build())
                        .ifPresent(snapshot -> slices.warm(name, snapshot.get(torrents), listing));
            } catch (RuntimeException e) {
                return; // ahead-of-time work only: the page works it out itself, and says what failed
            }
        }
    }

    @Override
    public Overview overview(Principal caller, Listing listing) {
        return overview(caller, listing, false);
    }

    @Override
    public Overview overviewAtOnce(Principal caller, Listing listing) {
        return overview(caller, listing, true);
    }

    private Overview overview(Principal caller, Listing listing, boolean acceptsKept) {
        return new Overview(
                listing,
                EveryTarget.ask(access.visible(caller), executor, name -> section(caller, name, listing, acceptsKept)));
    }

    private TargetSection section(Principal caller, TargetName name, Listing listing, boolean acceptsKept) {
        var request = Request.builder();
        var status = request.add(ClientQuery.of(CLIENT_FIELDS));
        var torrents = request.add(TorrentListQuery.of(listing.view(), listing.fieldsToFetch()));
        try {
            var built = request.build();
            var snapshot = access.client(caller, name).send(acceptsKept ? built.acceptingKept() : built);
            return new TargetSection.Loaded(
                    name,
                    snapshot.get(status),
                    slices.slice(name, snapshot.get(torrents), listing),
                    snapshot.keptFrom());
        } catch (TorrentClientException e) {
            return new TargetSection.Failed(name, e.failure());
        } catch (RuntimeException e) {
            return new TargetSection.Failed(
                    name,
                    new ClientFailure.ProtocolError(
                            "unexpected " + e.getClass().getSimpleName() + ": " + e.getMessage()));
        }
    }
}
