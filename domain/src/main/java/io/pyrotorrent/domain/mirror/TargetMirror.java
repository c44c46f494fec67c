package io.pyrotorrent.domain.mirror;

import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Done;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.Snapshot;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * A live mirror of one rTorrent: every torrent's row, kept current by polls that ask only for
 * what can have changed, so pages, lists and streams cost rTorrent nothing of their own.
 *
 * <p>Design (cadences in {@link Cadence#DEFAULT}, all tunable):
 *
 * <ul>
 *   <li>One poll = ONE round trip, every 1.5 s while watched. Each poll reads the client's pid and
 *       totals (restart check) and the moving and state values of the {@code active} view only:
 *       a torrent that is not active does not move, so 20,000 paused torrents cost nothing.
 *       A torrent that just left the view is read once more, so its rates drop to what rTorrent
 *       says.
 *   <li>At most one read of the main view per poll, in this order of precedence: everything (first
 *       fill, after a restart or a failure, or when more than 50 torrents are new; in parts when
 *       it would not fit one reply); after an idle spell, everything if it fits one reply, else
 *       every torrent's hash, status flags, message and rates, then the rest of the state in the
 *       next poll and the moving values of all torrents in the polls after that; every torrent's
 *       state when view sizes moved (at most once per membership period) and every 4 minutes;
 *       one sweep chunk (4 fields of every torrent) every 100 s; or every hash, when the main
 *       view's size and the table disagree. Each of them also shows added and removed torrents.
 *       Every poll reads the change count the mirror keeps inside rTorrent ({@link
 *       io.pyrotorrent.domain.model.request.ChangeCountQuery}): when it moved since the last look,
 *       the next poll looks for torrents loaded since (where rTorrent refuses the count, every
 *       7.5 s instead); a new one is read whole in the next poll, so other clients' adds show
 *       within 10 s. The torrents with a message are read every 7.5 s.
 *   <li>Freshness bound: moving values of transferring torrents are at most one poll old (1.5 s
 *       and its round trip), state of idle torrents 4 minutes, membership 10 s, static values one
 *       sweep (15 minutes at 34 fields). {@link MirrorView#asOf()} says exactly, per {@link ValueClass}.
 *   <li>Only while watched: reads, leases and subscribers keep it polling; with none for 60 s a
 *       poll sends nothing, and the next one is one round trip (see {@link MainRead#RESUME}).
 *   <li>Readers never wait for a poll: each poll publishes a new immutable {@link MirrorView}.
 *       {@link #read} waits for a fresh one only up to a bound, then returns the last one.
 *   <li>Commands run through {@link #run}: the commands and a re-read of the torrents they name,
 *       in one round trip, so the next read shows their effect.
 * </ul>
 */
public final class TargetMirror {

    private final TorrentClient client;
    private final Clock clock;
    private final MirrorScheduler scheduler;
    private final Cadence cadence;
    private final MirrorFields fields;
    private final MirrorTable table;
    private final RefreshTimers timers = new RefreshTimers();

    /** A parted full read of 34 fields has at most 34 parts; past this a tick gives the rest to the next. */
    private static final int MAX_PARTS_PER_TICK = 40;
    /** Polls that asked rTorrent, per what they read of the main view (index: ordinal). */
    private final AtomicLongArray reads = new AtomicLongArray(MainRead.values().length);

    private final AtomicLong rowsByHash = new AtomicLong();
    /** One poll or command at a time changes the table; readers never take it. */
    private final ReentrantLock changing = new ReentrantLock();

    /**
     * A full read in parts or a resume after an idle spell is under way: readers wait for it
     * rather than read everything beside it.
     */
    private volatile boolean wholeReadUnderWay;

    /**
     * Nobody watched for {@link Cadence#idleAfter()}: polls send nothing, and the rows are those of
     * the last poll before, until a poll asks rTorrent again (see {@link #kept()}).
     */
    private volatile boolean resting;

    private final Publisher publisher = new Publisher();
    private final AtomicInteger leases = new AtomicInteger();
    private final AtomicBoolean pollAsked = new AtomicBoolean();
    private final List<Consumer<MirrorDelta>> subscribers = new CopyOnWriteArrayList<>();
    private final List<BiConsumer<MirrorDelta, MirrorView>> followers = new CopyOnWriteArrayList<>();
    private final List<Consumer<MirrorView>> rowListeners = new CopyOnWriteArrayList<>();
    private volatile Instant lastRead;
    private Optional<TargetFault> fault = Optional.empty();
    private Optional<Row> clientRow = Optional.empty();

    public TargetMirror(
            TorrentClient client,
            List<? extends Field<?>> fields,
            Cadence cadence,
            Clock clock,
            MirrorScheduler scheduler) {
        this(client, fields, cadence, ChangeCounting.ON, clock, scheduler);
    }

    public TargetMirror(
            TorrentClient client,
            List<? extends Field<?>> fields,
            Cadence cadence,
            ChangeCounting changeCounting,
            Clock clock,
            MirrorScheduler scheduler) {
        if (Objects.requireNonNull(changeCounting, "changeCounting") == ChangeCounting.OFF) {
            timers.changeCount = RefreshTimers.ChangeCount.OFF;
        }
        this.client = Objects.requireNonNull(client, "client");
        this.cadence = Objects.requireNonNull(cadence, "cadence");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.scheduler = Objects.requireNonNull(scheduler, "scheduler");
        this.fields = new MirrorFields(fields, cadence.sweepFieldsPerChunk());
        this.table = new MirrorTable(this.fields.columns());
        this.lastRead = Instant.EPOCH;
    }

    /** A mirror of every torrent field, on the default cadence. */
    public static TargetMirror of(TorrentClient client, Clock clock, MirrorScheduler scheduler) {
        return new TargetMirror(client, TorrentFields.ALL, Cadence.DEFAULT, clock, scheduler);
    }

    /** A mirror of every torrent field, on the default cadence, with or without the change count. */
    public static TargetMirror of(
            TorrentClient client, ChangeCounting changeCounting, Clock clock, MirrorScheduler scheduler) {
        return new TargetMirror(client, TorrentFields.ALL, Cadence.DEFAULT, changeCounting, clock, scheduler);
    }

    /** Polls on the cadence until the lease is closed; unwatched ticks send nothing. */
    public Lease start() {
        return scheduler.every(cadence.poll(), this::tick);
    }

    /** The last published view, without waiting and without counting as a read. */
    public MirrorView view() {
        return publisher.view();
    }

    /** Counts as a read: keeps polling alive for another {@link Cadence#idleAfter()}. */
    public void touch() {
        lastRead = clock.instant();
    }

    /** Keeps polling alive until closed (a page open, a stream, automation). */
    public Lease watch() {
        leases.incrementAndGet();
        var open = new AtomicBoolean(true);
        return () -> {
            if (open.getAndSet(false)) {
                leases.decrementAndGet();
                touch(); // the idle clock starts when the last watcher leaves, not when it came
            }
        };
    }

    /**
     * Each poll's delta, while the lease is open (it also keeps polling alive). Subscribers are
     * told on the polling thread: hand the delta off, do not block. One that throws is dropped.
     */
    public Lease subscribe(Consumer<MirrorDelta> subscriber) {
        Objects.requireNonNull(subscriber, "subscriber");
        subscribers.add(subscriber);
        Lease watching = watch();
        return () -> {
            subscribers.remove(subscriber);
            watching.close();
        };
    }

    /**
     * Every publication, with its delta (empty when no row changed) and the view it led to, while
     * the lease is open (it keeps polling alive too). Unlike {@link #subscribe} it hears polls that
     * changed only client-wide values (global rates) and failures: what a live page shows besides
     * rows. Told on the polling thread: hand off, do not block. One that throws is dropped.
     */
    public Lease follow(BiConsumer<MirrorDelta, MirrorView> follower) {
        Objects.requireNonNull(follower, "follower");
        followers.add(follower);
        Lease watching = watch();
        return () -> {
            followers.remove(follower);
            watching.close();
        };
    }

    /**
     * Each publication whose rows changed, with the view it led to, WITHOUT counting as a
     * watcher: for work done ahead of readers (sorting the lists they read), which must not keep
     * the mirror polling. Told on the polling thread: hand off, do not block. One that throws is
     * dropped.
     */
    public Lease onNewRows(Consumer<MirrorView> listener) {
        Objects.requireNonNull(listener, "listener");
        rowListeners.add(listener);
        return () -> rowListeners.remove(listener);
    }

    /** Asks for a poll soon without waiting for it (a new follower wants a first view). */
    public void askPoll() {
        read(Duration.ZERO, Duration.ZERO);
    }

    /**
     * The current view once its moving values are at most {@code maxAge} old; waits for a poll at
     * most {@code bound}, then returns the last view (check {@link MirrorView#stale()} and
     * {@link MirrorView#fault()}).
     */
    public MirrorView read(Duration maxAge, Duration bound) {
        touch();
        MirrorView now = publisher.view();
        if (now.freshFor(maxAge, clock.instant())) {
            return now;
        }
        long seen = publisher.publications();
        if (pollAsked.compareAndSet(false, true)) {
            scheduler.now(() -> {
                try {
                    tick();
                } finally {
                    pollAsked.set(false);
                }
            });
        }
        return publisher.awaitAfter(seen, bound);
    }

    /**
     * {@link #read}, but only a view fresh enough to serve: not stale, not failing, and its moving
     * values at most {@code maxAge} old; empty when the wait ended without one.
     */
    public Optional<MirrorView> readFresh(Duration maxAge, Duration bound) {
        MirrorView view = read(maxAge, bound);
        return view.freshFor(maxAge, clock.instant()) ? Optional.of(view) : Optional.empty();
    }

    /** The published view if it is the target's and its moving values are at most {@code maxAge} old; no wait, no poll. */
    public Optional<MirrorView> servable(Duration maxAge) {
        MirrorView view = publisher.view();
        return view.freshFor(maxAge, clock.instant()) && view.fault().isEmpty() ? Optional.of(view) : Optional.empty();
    }

    /**
     * While a full read in parts (or a resume after an idle spell) is under way, waits (at most
     * {@code bound}) for the view it leads to; empty when no such read is under way or the wait
     * ended without a servable view.
     * A reader that asked rTorrent itself instead would read the same thousands of rows beside the
     * parts, each too large to share the reply memory with them.
     */
    public Optional<MirrorView> awaitFill(Duration maxAge, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        while (wholeReadUnderWay) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return Optional.empty();
            }
            long seen = publisher.publications();
            var served = servable(maxAge);
            if (served.isPresent()) {
                return served;
            }
            publisher.awaitAfter(seen, Duration.ofNanos(left));
        }
        return servable(maxAge);
    }

    /**
     * While the mirror rests after an idle spell: the rows it kept, whole and its own (not stale,
     * not failing), and a poll asked for that brings them up to date (the resume read). For a page
     * that paints them at once, says how old they are, and replaces them when that poll is in:
     * at 20,000 torrents the resume read alone took rTorrent 0.7-1.5 s, before any first paint.
     * Empty when the mirror is watched (read it as usual), never filled, or failing.
     */
    public Optional<MirrorView> kept() {
        MirrorView view = publisher.view();
        if (!resting || view.stale() || view.fault().isPresent() || !view.asOf().containsKey(ValueClass.MOVING)) {
            return Optional.empty();
        }
        askPoll();
        return Optional.of(view);
    }

    /**
     * True from the first tick nobody watched until a poll asks rTorrent again: polling has
     * stopped, and the next reader gets the kept rows (see {@link #kept()}).
     */
    public boolean resting() {
        return resting;
    }

    /** How many polls so far asked rTorrent for this {@code kind} of main-view read. */
    public long reads(MainRead kind) {
        return reads.get(kind.ordinal());
    }

    /**
     * How many torrents polls so far read one by one, by hash (new ones, and ones that stopped
     * transferring): rTorrent 0.9.8 walks its download list for each value read that way.
     */
    public long rowsReadByHash() {
        return rowsByHash.get();
    }

    /** One poll: one round trip when watched, none otherwise. True when it asked rTorrent. */
    public boolean poll() {
        changing.lock();
        try {
            Instant now = clock.instant();
            if (!watched(now)) {
                if (timers.fill.isPresent()) {
                    timers.needFull = true; // a fill's parts would not fit the later ones together
                    timers.fill = Optional.empty();
                } else if (!timers.needFull) {
                    timers.resume = true; // nobody saw what happened meanwhile: catch up when asked
                    resting = true;
                }
                wholeReadUnderWay = false;
                return false;
            }
            PollPlan plan = PollPlan.next(fields, table, timers, cadence, now);
            // A resume reads every torrent (a reply of megabytes at 20,000): readers wait for it
            // as for a fill; one that read the whole list live beside it could leave neither
            // room in the reply memory, and the page without rows.
            wholeReadUnderWay = timers.fill.isPresent() || plan.kind == MainRead.RESUME;
            boolean full = plan.kind == MainRead.FULL;
            reads.incrementAndGet(plan.kind.ordinal());
            rowsByHash.addAndGet(plan.rowsByHash());
            try {
                Snapshot answer = client.send(plan.request);
                if (plan.apply(answer, fields, table, timers, now)) {
                    clientRow = Optional.of(plan.client(answer));
                }
                fault = Optional.empty();
            } catch (TorrentClientException e) {
                failed(e.failure(), now);
                if (full) {
                    // Too large a reply is the likely reason at 20,000 torrents: cut the next one.
                    timers.splitNextFull = true;
                }
                full = false;
            }
            publish(full);
            // After the publication: a reader waiting for the fill must find its view when it stops.
            wholeReadUnderWay = timers.fill.isPresent();
            resting = false;
            return true;
        } finally {
            changing.unlock();
        }
    }

    /**
     * Runs commands and re-reads the torrents they name in ONE round trip, so the mirror shows
     * their effect at once. Loads are seen by the next poll: rTorrent adds them a loop turn later.
     *
     * @throws TorrentClientException when the target failed as a whole
     */
    public List<Outcome<Done>> run(List<? extends Command> commands) {
        return request(CommandRequest.of(commands, fields), client).outcomes;
    }

    /**
     * Sends a caller's request that carries commands, with a re-read of the torrents they name
     * after its own steps, in ONE round trip; answers the caller's steps exactly as rTorrent did,
     * and the next read of the mirror shows the commands' effect.
     *
     * <p>It goes {@code through} the caller's own client (the same rTorrent as the mirror's), so a
     * command counts as the caller's round trip, not as a poll.
     *
     * @throws TorrentClientException when the target failed as a whole
     */
    public Snapshot relay(Request commanded, TorrentClient through) {
        return request(CommandRequest.around(commanded, fields), through).answer;
    }

    private record Ran(Snapshot answer, List<Outcome<Done>> outcomes) {}

    private Ran request(CommandRequest request, TorrentClient through) {
        touch();
        changing.lock();
        try {
            Snapshot answer;
            try {
                answer = through.send(request.request());
            } catch (TorrentClientException e) {
                failed(e.failure(), clock.instant());
                publish(false);
                throw e;
            }
            if (timers.fill.isPresent()) {
                // Parts read before this command would overwrite its effect when the fill ends:
                // start the fill over, so the table it makes has seen the command.
                timers.fill = Optional.empty();
            }
            try {
                request.apply(answer, table);
            } catch (TorrentClientException rereadFailed) {
                // The commands ran and their outcomes stand; the mirror just reads everything next.
                timers.needFull = true;
            }
            if (request.loads()) {
                timers.lookForNewTorrents();
                // Readers expect an added torrent on their next read, as before the mirror: the
                // view is stale until the next poll (asked for by that read) has read the added
                // torrents, and readers wait for it. With their hashes known, that poll reads just
                // them; else (a URL rTorrent fetches itself) it reads everything.
                LoadedHashes.of(request.request()).ifPresentOrElse(table::expect, () -> timers.needFull = true);
            }
            publish(false);
            return new Ran(request.answered(answer), request.outcomes(answer));
        } finally {
            changing.unlock();
        }
    }

    /**
     * One scheduled poll; while a full read runs in parts, its next parts follow at once (each
     * its own round trip, the lock let go between them so commands can pass), bounded.
     */
    private void tick() {
        for (int round = 0; round < MAX_PARTS_PER_TICK; round++) {
            if (!tickOnce()) {
                return;
            }
        }
    }

    /** One poll; true when a full read in parts goes on. */
    private boolean tickOnce() {
        try {
            return poll() && filling();
        } catch (RuntimeException bug) {
            // A scheduled task that throws is never run again; keep polling, and say why it failed.
            changing.lock();
            try {
                failed(
                        new ClientFailure.ProtocolError("the mirror could not read the answer: " + bug),
                        clock.instant());
                publish(false);
            } finally {
                changing.unlock();
            }
            return false;
        }
    }

    private boolean filling() {
        changing.lock();
        try {
            return timers.fill.isPresent();
        } finally {
            changing.unlock();
        }
    }

    private boolean watched(Instant now) {
        return leases.get() > 0
                || !subscribers.isEmpty()
                || !followers.isEmpty()
                || now.isBefore(lastRead.plus(cadence.idleAfter()));
    }

    private void failed(ClientFailure failure, Instant now) {
        fault = Optional.of(TargetFault.after(fault.orElse(null), failure, now));
        timers.needFull = true; // changes went unseen meanwhile, and rTorrent may have restarted
        timers.fill = Optional.empty();
        timers.catchUp.clear();
        table.touched.clear();
    }

    private void publish(boolean full) {
        MirrorView before = publisher.view();
        var delta = Deltas.between(before, table, full);
        var rows = delta.isEmpty() ? before.rows() : Deltas.copy(table);
        long version = delta.isEmpty() ? before.version() : before.version() + 1;
        table.touched.clear();
        boolean stale = fault.isPresent() || timers.needFull || !table.expected.isEmpty();
        publisher.publish(new MirrorView(version, rows, clientRow, timers.asOf, fault, stale));
        var numbered = new MirrorDelta(version, delta.added(), delta.removed(), delta.changed());
        MirrorView published = publisher.view();
        if (!delta.isEmpty()) {
            subscribers.forEach(s -> tell(s, numbered));
            for (var listener : rowListeners) {
                try {
                    listener.accept(published);
                } catch (RuntimeException e) {
                    rowListeners.remove(listener);
                }
            }
        }
        for (var follower : followers) {
            try {
                follower.accept(numbered, published);
            } catch (RuntimeException e) {
                followers.remove(follower);
            }
        }
    }

    private void tell(Consumer<MirrorDelta> subscriber, MirrorDelta delta) {
        try {
            subscriber.accept(delta);
        } catch (RuntimeException e) {
            subscribers.remove(subscriber);
        }
    }

    /** The torrent fields this mirror holds: a list of only these can be answered from it. */
    List<Field<?>> fields() {
        return fields.all();
    }

    /** One torrent's row from the last published view, without waiting and without counting as a read. */
    public Optional<Row> row(InfoHash hash) {
        return Optional.ofNullable(publisher.view().rows().get(hash));
    }
}
