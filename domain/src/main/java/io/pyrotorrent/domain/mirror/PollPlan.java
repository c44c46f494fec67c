package io.pyrotorrent.domain.mirror;

import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.ChangeCountQuery;
import io.pyrotorrent.domain.model.request.ClientQuery;
import io.pyrotorrent.domain.model.request.FilteredQuery;
import io.pyrotorrent.domain.model.request.LoadedAfterQuery;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.Ref;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.Snapshot;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.domain.model.request.TorrentQuery;
import io.pyrotorrent.domain.model.request.ViewSizesQuery;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One poll, described whole before it is sent: the client's identity, at most one read of the
 * main view (everything, the state fields, one sweep chunk, or just the hashes), the moving
 * values, status flags and message of the active view's torrents that transfer now (rTorrent
 * picks them: a seedbox of 20,000 started torrents, 200 of them busy, answers 200 rows; the
 * active view, not main, because rTorrent then tests only started torrents: at 20,000 paused
 * ones the predicate over main cost it 22 ms a poll, over active nothing), the sizes of a few
 * views, and the rows of torrents that are new or just stopped transferring. All of it is ONE
 * request, so one round trip.
 */
final class PollPlan {

    /**
     * Torrents assumed when a single full read failed and the table is still empty: its size is
     * unknown, so the parts are cut for a large one (a few round trips more for a small table).
     */
    static final int UNKNOWN_LARGE_TABLE = 20_000;

    /**
     * Cheap client-wide values: who answered (pid, totals) and what the overview shows next to
     * its list (rates, limits, versions, host, memory, views), so a page costs rTorrent no call of
     * its own. Each is one tiny call inside the poll's multicall.
     */
    static final List<Field<?>> CLIENT_FIELDS = List.of(
            ClientFields.PID,
            ClientFields.TIME,
            ClientFields.UP_TOTAL,
            ClientFields.DOWN_TOTAL,
            ClientFields.UP_RATE,
            ClientFields.DOWN_RATE,
            ClientFields.UP_LIMIT,
            ClientFields.DOWN_LIMIT,
            ClientFields.HOSTNAME,
            ClientFields.CLIENT_VERSION,
            ClientFields.LIBRARY_VERSION,
            ClientFields.MEMORY_USAGE,
            ClientFields.VIEWS);

    static final ViewName ACTIVE = new ViewName("active");
    static final ViewName LEECHING = new ViewName("leeching");
    static final ViewName COMPLETE = new ViewName("complete");
    static final ViewName HASHING = new ViewName("hashing");

    private static final List<Field<?>> MESSAGES = List.of(TorrentFields.HASH, TorrentFields.MESSAGE);
    private static final List<Field<?>> JUST_THE_HASH = List.of(TorrentFields.HASH);

    /**
     * Views whose sizes every poll reads (one view.size each, next to free): a torrent added,
     * removed, started, stopped, paused, resumed, finished or rechecked by another client changes
     * one of them. Where the rows the mirror read account for every move ({@link FlagCounts}: a
     * transferring torrent that finished, a command of ours, a torrent added and read whole, a
     * removed one listed gone), nothing more is read; a move they do not account for on two polls
     * running makes a poll read the state of every torrent, long before the state sweep would
     * have come round. Only a change that leaves every count as it was (one torrent started as
     * another stops) waits for the sweep.
     */
    static final ViewSizesQuery FINGERPRINT =
            new ViewSizesQuery(List.of(ViewName.MAIN, new ViewName("started"), ACTIVE, COMPLETE, HASHING));

    final MainRead kind;
    final Request request;
    private final Ref<Row> client;
    private final Ref<List<Row>> main;
    private final Ref<List<Row>> active;
    private final Ref<List<Long>> sizes;
    /**
     * Every membership period, where the mirror holds messages: the torrents whose message is not
     * empty. A tracker's "unregistered torrent" on an idle seed moves no view's size, so it shows
     * within the membership period rather than the state read's two minutes. rTorrent picks them
     * (most torrents have none): at 6,000 torrents this cost it 2 ms where the hashes with every
     * message cost 40 (and the hashes alone, as download_list, 13).
     */
    private final Ref<List<Row>> messages;

    /**
     * When the complete view grew or the hashing view moved unexplained: the leeching and hashing
     * views' hashes ({@link RefreshTimers.ViewCheck}).
     */
    private final Ref<List<Row>> leeching;

    private final Ref<List<Row>> hashing;

    /** The reads of torrents that stopped transferring, left the leeching view or started or ended a check. */
    private final LeaverReads leavers;

    /**
     * When the change count moved since the last look (where rTorrent refuses the count, every
     * {@link Cadence#membership()}), unless this poll lists the main view anyway: the torrents
     * rTorrent loaded since the last look, so adds by other clients show within 10 s even when an
     * add and a remove leave every view's size as it was (the remove then shows as a main view one
     * torrent shorter than the table, and the next poll lists every hash).
     */
    private final Ref<List<Row>> loaded;

    /**
     * Torrents rTorrent loaded after {@link RefreshTimers#pendingLoadedAfter}, every field: the new
     * torrents a look found or our own add loaded, read whole in one pass over the main view (26-40 ms
     * of rTorrent's CPU at 20,000 torrents) rather than by hash, where rTorrent 0.9.8 walks its
     * download list for each of a new torrent's 34 values (up to 160 ms a torrent at the end of a
     * 20,000 list). When this poll looks for loads from the same second, this read is that look.
     */
    private final Ref<List<Row>> pendingLoaded;

    /** The second the look for loads starts from, where this poll makes one. */
    private final Optional<Long> lookFrom;

    /** This poll looks for torrents that came or went: by a list of the main view or a look for loads. */
    private final boolean membershipLook;

    /** The change count, where rTorrent keeps one for pyroTorrent (or is to be asked to); else null. */
    private final Ref<Long> changeCount;

    private final boolean installAsked;

    private final Map<InfoHash, Ref<Row>> newRows = new LinkedHashMap<>();

    private PollPlan(MirrorFields fields, MirrorTable table, RefreshTimers timers, Cadence cadence, Instant now) {
        var steps = Request.builder();
        client = steps.add(ClientQuery.of(CLIENT_FIELDS));
        kind = mainRead(fields, table, timers, cadence, now);
        main = switch (kind) {
            case NONE -> null;
            case FULL -> steps.add(TorrentListQuery.of(ViewName.MAIN, fields.all()));
            case PART ->
                steps.add(TorrentListQuery.of(
                        ViewName.MAIN, timers.fill.orElseThrow().nextPart()));
            case STATE -> steps.add(TorrentListQuery.of(ViewName.MAIN, MirrorFields.withHash(fields.state())));
            case RESUME -> steps.add(TorrentListQuery.of(ViewName.MAIN, fields.resume()));
            case CATCH_UP -> steps.add(TorrentListQuery.of(ViewName.MAIN, timers.catchUp.getFirst()));
            case CHUNK -> steps.add(TorrentListQuery.of(ViewName.MAIN, fields.chunk(timers.nextChunk)));
            case MEMBERSHIP -> steps.add(TorrentListQuery.of(ViewName.MAIN, TorrentFields.HASH));
        };
        membershipLook = kind != MainRead.FULL
                && kind != MainRead.PART
                && (kind == MainRead.MEMBERSHIP
                        || timers.lookWanted
                        || RefreshTimers.due(timers.lastMainRead, cadence.membership(), now));
        boolean wholeByLoadDate = kind != MainRead.FULL
                && kind != MainRead.PART
                && !table.pending.isEmpty()
                && table.pending.size() <= cadence.newRowsPerPoll()
                && timers.pendingLoadedAfter.isPresent();
        pendingLoaded = wholeByLoadDate
                ? steps.add(LoadedAfterQuery.of(ViewName.MAIN, timers.pendingLoadedAfter.orElseThrow(), fields.all()))
                : null;
        lookFrom = membershipLook && !kind.listsMain() ? timers.loadedUpTo : Optional.empty();
        if (lookFrom.isEmpty()) {
            loaded = null;
        } else if (wholeByLoadDate && lookFrom.equals(timers.pendingLoadedAfter)) {
            loaded = pendingLoaded;
        } else {
            loaded = steps.add(LoadedAfterQuery.of(ViewName.MAIN, lookFrom.orElseThrow(), JUST_THE_HASH));
        }
        boolean messagesDue = membershipLook || RefreshTimers.due(timers.lastMessages, cadence.membership(), now);
        messages = messagesDue && !kind.readsEveryMessage() && fields.all().contains(TorrentFields.MESSAGE)
                ? steps.add(FilteredQuery.withMessage(ViewName.MAIN, MESSAGES))
                : null;
        installAsked = timers.changeCount == RefreshTimers.ChangeCount.INSTALL;
        changeCount = switch (timers.changeCount) {
            case INSTALL -> steps.add(ChangeCountQuery.INSTALL);
            case COUNTING -> steps.add(ChangeCountQuery.READ);
            case REFUSED, OFF -> null;
        };
        // A full read has every value of every torrent: the other reads would only repeat it.
        active = kind == MainRead.FULL ? null : steps.add(FilteredQuery.transferring(ACTIVE, fields.transferring()));
        boolean listViews = timers.viewCheck == RefreshTimers.ViewCheck.WANTED && !kind.readsEveryState();
        leeching = listViews ? steps.add(TorrentListQuery.of(LEECHING, JUST_THE_HASH)) : null;
        hashing = listViews ? steps.add(TorrentListQuery.of(HASHING, JUST_THE_HASH)) : null;
        sizes = steps.add(FINGERPRINT);
        if (kind != MainRead.FULL && kind != MainRead.PART) {
            if (pendingLoaded == null) {
                table.pending.stream()
                        .limit(cadence.newRowsPerPoll())
                        .forEach(h -> newRows.put(h, steps.add(TorrentQuery.of(h, fields.all()))));
            }
            leavers = LeaverReads.plan(steps, fields, table, timers, cadence, now);
        } else {
            leavers = null;
        }
        request = steps.build();
    }

    /** Torrents this poll reads one by one, by hash. */
    int rowsByHash() {
        return newRows.size() + (leavers == null ? 0 : leavers.rowsByHash());
    }

    static PollPlan next(MirrorFields fields, MirrorTable table, RefreshTimers timers, Cadence cadence, Instant now) {
        return new PollPlan(fields, table, timers, cadence, now);
    }

    private static MainRead mainRead(
            MirrorFields fields, MirrorTable table, RefreshTimers timers, Cadence cadence, Instant now) {
        if (timers.fill.isPresent()) {
            return MainRead.PART;
        }
        if (timers.needFull || table.pending.size() > cadence.newRowsPerPoll()) {
            long rows = table.size() + table.pending.size();
            if (timers.splitNextFull && rows == 0) {
                rows = UNKNOWN_LARGE_TABLE;
            }
            timers.loadedUpTo = Optional.empty(); // another run of rTorrent, or a table to rebuild
            timers.pendingLoadedAfter = Optional.empty();
            var parts = fields.fullParts(rows, cadence.cellsPerRead());
            if (parts.size() == 1) {
                return MainRead.FULL;
            }
            timers.fill = Optional.of(new PartedFill(parts, fields.columns(), now));
            timers.counts = Optional.empty(); // the fill's first part takes the sizes as they are
            return MainRead.PART;
        }
        if (timers.resume) {
            timers.resume = false;
            timers.loadedUpTo = Optional.empty();
            timers.pendingLoadedAfter = Optional.empty();
            // Where everything fits one reply, the rule holds as it is: one full round trip.
            if (fields.fullParts(table.size(), cadence.cellsPerRead()).size() == 1) {
                return MainRead.FULL;
            }
            timers.catchUp.clear();
            timers.catchUp.addAll(fields.movingParts(table.size(), cadence.cellsPerRead()));
            timers.stateAfterResume = true;
            return MainRead.RESUME;
        }
        if (timers.stateAfterResume) {
            timers.stateAfterResume = false;
            return MainRead.STATE;
        }
        if (!timers.catchUp.isEmpty()) {
            return MainRead.CATCH_UP;
        }
        boolean countsAsk = timers.countsMoved && RefreshTimers.due(timers.lastCountsAsked, cadence.membership(), now);
        if (countsAsk) {
            timers.lastCountsAsked = now;
            return MainRead.STATE;
        }
        boolean stateDue = RefreshTimers.due(timers.lastState, cadence.state(), now);
        boolean chunkDue = RefreshTimers.due(timers.lastChunk, cadence.sweepChunk(), now);
        // When both are due, the one waiting longer goes first, so neither can starve the other.
        if (stateDue && (!chunkDue || !timers.lastState.isAfter(timers.lastChunk))) {
            return MainRead.STATE;
        }
        if (chunkDue) {
            return MainRead.CHUNK;
        }
        // A look for loads needs a second of rTorrent's clock up to which the table is whole.
        boolean lookDue = timers.lookWanted || RefreshTimers.due(timers.lastMainRead, cadence.membership(), now);
        return timers.hashesWanted || (lookDue && timers.loadedUpTo.isEmpty()) ? MainRead.MEMBERSHIP : MainRead.NONE;
    }

    /**
     * Folds the answer into the table and timers. False when a different run of rTorrent answered
     * than before: nothing of this answer is kept and the next poll reads everything.
     *
     * @throws TorrentClientException when a list the poll needs failed; per-torrent reads that
     *     fail mean the torrent is gone
     */
    boolean apply(Snapshot answer, MirrorFields fields, MirrorTable table, RefreshTimers timers, Instant now) {
        Row clientRow = answer.get(client);
        var identity = ClientIdentity.of(clientRow);
        boolean restarted = timers.identity.filter(identity::isRestartOf).isPresent();
        timers.identity = Optional.of(identity);
        if (restarted && timers.changeCount != RefreshTimers.ChangeCount.OFF) {
            timers.changeCount = RefreshTimers.ChangeCount.INSTALL; // rTorrent keeps it in memory only
            timers.countAtLook = Optional.empty();
        }
        if (restarted && kind != MainRead.FULL) {
            timers.needFull = true;
            timers.fill = Optional.empty(); // parts of another run's table do not fit together
            return false;
        }
        applyMain(kind == MainRead.NONE ? List.of() : answer.get(main), fields, table, timers, now);
        if (messages != null) {
            table.messagesNow(answer.get(messages));
        }
        if (messages != null || kind.readsEveryMessage()) {
            timers.lastMessages = now;
        }
        if (pendingLoaded != null) {
            answer.get(pendingLoaded).forEach(table::mergeOrInsert);
            timers.pendingLoadedAfter = Optional.empty(); // any still pending is read by hash next
        }
        if (loaded != null) {
            int pendingBefore = table.pending.size();
            answer.get(loaded).forEach(table::merge); // a hash new to the table is read whole next
            if (table.pending.size() > pendingBefore) {
                timers.pendingLoadedAfter(lookFrom.orElseThrow());
            }
        }
        boolean looked = membershipLook || kind.listsMain() && kind != MainRead.PART;
        if (looked) {
            timers.lastMainRead = now;
            timers.lookWanted = false;
            timers.hashesWanted = false;
            // The same second may hold loads after this answer: the next look starts at it again.
            timers.loadedUpTo = clientRow.has(ClientFields.TIME)
                    ? Optional.of(clientRow.get(ClientFields.TIME) - 1)
                    : Optional.empty();
        }
        newRows.forEach((hash, ref) -> whole(answer.outcome(ref), hash, table));
        if (kind != MainRead.FULL && kind != MainRead.PART) {
            timers.leaversWanted = false;
        }
        if (leavers != null) {
            leavers.apply(answer, table);
        }
        if (active != null) {
            table.activeNow(answer.get(active), now);
            timers.asOf.put(ValueClass.MOVING, now);
        }
        if (leeching != null
                && answer.outcome(leeching) instanceof Outcome.Success<List<Row>> leechers
                && answer.outcome(hashing) instanceof Outcome.Success<List<Row>> checked) {
            table.listedNow(leechers.value(), checked.value());
            timers.viewsListed();
        }
        if (sizes != null && answer.outcome(sizes) instanceof Outcome.Success<List<Long>> counts) {
            // A state read (or a full one) in the same round trip already saw whatever moved them;
            // a fill in parts takes them from its first part, before any of its state is read.
            List<Long> tableSizes = table.viewSizes();
            timers.countsRead(
                    counts.value(),
                    kind == MainRead.STATE || kind == MainRead.RESUME || kind == MainRead.FULL,
                    tableSizes,
                    !table.leavers.isEmpty()
                            || !table.pending.isEmpty()
                            || !counts.value().get(0).equals(tableSizes.get(0)));
            if (timers.fill.isEmpty()) {
                compareMembership(counts.value().get(0), table, timers);
            }
        }
        if (changeCount != null) {
            applyChangeCount(answer.outcome(changeCount), looked, clientRow, timers, now);
        }
        timers.membershipSettled(table.pending.isEmpty());
        return true;
    }

    /**
     * A count as the last look saw it: nothing came or went since, so this poll counts as a look
     * (the next one falls due a membership period later, and starts from this poll's second). A
     * count that moved: the next poll looks. No count: set it up again, once; refused, the looks
     * go on as without it.
     */
    private void applyChangeCount(
            Outcome<Long> outcome, boolean looked, Row clientRow, RefreshTimers timers, Instant now) {
        if (!(outcome instanceof Outcome.Success<Long> success)) {
            timers.changeCount = installAsked ? RefreshTimers.ChangeCount.REFUSED : RefreshTimers.ChangeCount.INSTALL;
            timers.countAtLook = Optional.empty();
            return;
        }
        timers.changeCount = RefreshTimers.ChangeCount.COUNTING;
        Long count = success.value();
        if (looked) {
            timers.countAtLook = Optional.of(count);
        } else if (!timers.countAtLook.equals(Optional.of(count))) {
            timers.lookWanted = true;
        } else if (!timers.lookWanted
                && !timers.hashesWanted
                && timers.loadedUpTo.isPresent()
                && clientRow.has(ClientFields.TIME)) {
            timers.lastMainRead = now;
            timers.loadedUpTo = Optional.of(clientRow.get(ClientFields.TIME) - 1);
        }
    }

    /**
     * rTorrent answered the main view's size and the reads above in one turn of its loop, so they
     * agree unless torrents came or went that this poll did not see. More torrents in rTorrent than
     * here: a look for loads finds them (one filtered call). Fewer, or still more after a look:
     * only a list of every hash can tell which went.
     */
    private void compareMembership(long there, MirrorTable table, RefreshTimers timers) {
        long here = table.size() + table.pending.size();
        if (there < here || there > here && membershipLook) {
            timers.hashesWanted = true;
        } else if (there > here) {
            timers.lookWanted = true;
        }
    }

    Row client(Snapshot answer) {
        return answer.get(client);
    }

    private void applyMain(List<Row> rows, MirrorFields fields, MirrorTable table, RefreshTimers timers, Instant now) {
        switch (kind) {
            case NONE -> {}
            case FULL -> {
                table.replaceAll(rows);
                timers.fullRead(now);
            }
            case PART -> {
                PartedFill fill = timers.fill.orElseThrow();
                fill.take(rows).ifPresent(whole -> {
                    table.replaceAll(whole);
                    timers.tableReplaced(table.viewSizes());
                    timers.fullRead(fill.started());
                });
            }
            case STATE, RESUME, CATCH_UP, CHUNK, MEMBERSHIP -> {
                table.reconcile(rows);
                if (kind != MainRead.MEMBERSHIP) { // its rows hold the hash alone: nothing to merge
                    rows.forEach(table::merge);
                }
                switch (kind) {
                    case STATE -> {
                        timers.lastState = now;
                        timers.asOf.put(ValueClass.STATE, now);
                    }
                    case CATCH_UP -> timers.catchUp.removeFirst();
                    case CHUNK -> timers.chunkRead(now, fields.chunks());
                    default -> {}
                }
            }
        }
    }

    private static void whole(Outcome<Row> outcome, InfoHash hash, MirrorTable table) {
        if (outcome instanceof Outcome.Success<Row> success) {
            if (table.pending.contains(hash)) {
                table.insert(success.value());
            }
        } else {
            gone(outcome, hash, table);
        }
    }

    static void part(Outcome<Row> outcome, InfoHash hash, MirrorTable table) {
        if (outcome instanceof Outcome.Success<Row> success) {
            table.merge(success.value());
        } else {
            gone(outcome, hash, table);
        }
    }

    /** Only "not found" means "no such torrent"; anything else is a failure of the poll. */
    static void gone(Outcome<Row> outcome, InfoHash hash, MirrorTable table) {
        ClientFailure failure = ((Outcome.Failure<Row>) outcome).failure();
        if (!(failure instanceof ClientFailure.NotFound)) {
            throw new TorrentClientException(failure);
        }
        table.forget(hash);
    }
}
