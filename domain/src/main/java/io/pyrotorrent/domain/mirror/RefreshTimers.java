package io.pyrotorrent.domain.mirror;

import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.request.ChangeCountQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** When each class of value was last read, and where the chunked sweep stands. Guarded like the table. */
final class RefreshTimers {

    private static final Instant NEVER = Instant.EPOCH;

    /** Set at start, after a restart, a failure or an idle spell: the next poll reads everything. */
    boolean needFull = true;

    /** A full read under way in parts (a large table), or empty. */
    Optional<PartedFill> fill = Optional.empty();

    /**
     * Polling stopped for an idle spell and the table is kept: the next poll reads everything if
     * that fits one reply, else every torrent's hash, status and rates (see {@link MainRead#RESUME}).
     */
    boolean resume;

    /**
     * Reads of the moving fields of every torrent still to make after a resume (byte totals of
     * torrents that transferred while nobody watched and stopped before the resume), one per poll.
     */
    final Deque<List<Field<?>>> catchUp = new ArrayDeque<>();

    /** A resume read only the status flags and messages: the next poll reads the rest of the state. */
    boolean stateAfterResume;

    /** A single full read failed: the next one goes in parts even before the table's size is known. */
    boolean splitNextFull;

    Optional<ClientIdentity> identity = Optional.empty();
    /** The last read that showed who is there: a list of the main view, or a look for loads. */
    Instant lastMainRead = NEVER;

    /**
     * A second of rTorrent's clock: every torrent it loaded up to this one is in the table or
     * pending. Empty until a list of the main view was read in one piece; then each look for
     * torrents loaded since moves it on ({@link io.pyrotorrent.domain.model.request.LoadedAfterQuery}).
     */
    Optional<Long> loadedUpTo = Optional.empty();

    /**
     * The main view's size and the table's disagree, or a command queued a load: the next poll
     * looks for loads at once instead of at the end of the membership period.
     */
    boolean lookWanted;

    /**
     * The main view's size and the table's still disagree after a look for loads (a torrent
     * removed elsewhere, or a clock that went back): the next poll lists every hash.
     */
    boolean hashesWanted;

    /**
     * A second of rTorrent's clock after which every pending torrent was loaded, where known (a look
     * for loads from it found them, or our own add loaded them after it): the next poll reads them
     * whole by load date rather than one by one by hash.
     */
    Optional<Long> pendingLoadedAfter = Optional.empty();

    /** Where the change count in rTorrent stands ({@link ChangeCountQuery}). */
    enum ChangeCount {
        /** Not set up in this run of rTorrent, as far as the mirror knows: the next poll sets it up. */
        INSTALL,
        /** Set up: every poll reads it. */
        COUNTING,
        /** rTorrent refused to set it up: looks for loads on the membership cadence, until a restart. */
        REFUSED,
        /** Not to be set up ({@link ChangeCounting#OFF}): looks for loads on the membership cadence. */
        OFF
    }

    ChangeCount changeCount = ChangeCount.INSTALL;

    /**
     * The change count as the last read that showed who is there saw it (a list of the main view
     * or a look for loads, in the same round trip): while a poll reads the same count, no torrent
     * came or went since, and that poll is as good as a look.
     */
    Optional<Long> countAtLook = Optional.empty();

    /** The last read of the torrents with a message (or of every message). */
    Instant lastMessages = NEVER;

    Instant lastState = NEVER;
    Instant lastChunk = NEVER;
    int nextChunk;
    private Instant cycleStart = NEVER;

    /**
     * The view sizes as the last state read (or the first poll after a full read) saw them, or as
     * a later poll saw them when the table's own changes since explained every move.
     */
    Optional<List<Long>> counts = Optional.empty();

    /** The table's own view sizes ({@link MirrorTable#viewSizes()}) when {@link #counts} was taken. */
    List<Long> tableCountsThen = List.of();

    /**
     * The view sizes moved by more than the rows this mirror read can tell: the next poll reads
     * every torrent's state.
     */
    boolean countsMoved;

    /**
     * The last poll saw sizes its rows did not explain while it had more to read (a torrent that
     * just stopped transferring, one seen but not read whole, a main view of another size): the
     * next poll reads those, and a move still unexplained then is one the mirror did not see.
     */
    private boolean unexplained;

    /**
     * The next poll reads every torrent that stopped transferring, settled or not: view sizes moved
     * and those rows may explain it.
     */
    boolean leaversWanted;

    /** Where a look at the leeching and hashing views for torrents that moved unseen stands. */
    enum ViewCheck {
        /** None since the sizes were last explained. */
        NONE,
        /**
         * The complete view grew, or the hashing view moved, by more than the table can tell: the next
         * poll lists the leeching and hashing views.
         */
        WANTED,
        /** Listed: a move still unexplained after its rows are read brings the state read forward. */
        LISTED
    }

    /**
     * A download that finishes between two polls while its rate reads 0 at both (rates of a torrent
     * fed by a capped seeder flicker between 0 and tens of KiB/s) is never among the transferring
     * torrents a poll reads, and grows the complete view unexplained; and rTorrent 0.9.8 checks every
     * download's data when it finishes ({@code pieces.hash.on_completion} is on by default), with a
     * rate of 0, so the hashing view grows and shrinks with no row read to tell why. Listing the
     * leeching view (the started, incomplete torrents) and the hashing view (hashes only, a few ms)
     * tells which torrents left or entered them; reading those once explains the move without
     * reading every torrent's state (650-690 ms at 20,000). The benchmark's 200 downloads of 16 MiB
     * made four such state reads in one minute: +4.0 s of rTorrent's CPU; three in another after
     * finished downloads were listed, from their checks.
     */
    ViewCheck viewCheck = ViewCheck.NONE;

    /** The complete view's place in {@link PollPlan#FINGERPRINT}. */
    private static final int COMPLETE = PollPlan.FINGERPRINT.views().indexOf(PollPlan.COMPLETE);

    /** The hashing view's place in {@link PollPlan#FINGERPRINT}. */
    private static final int HASHING = PollPlan.FINGERPRINT.views().indexOf(PollPlan.HASHING);

    /** When moved sizes last brought a state read forward: at most one such read per membership period. */
    Instant lastCountsAsked = NEVER;

    final Map<ValueClass, Instant> asOf = new EnumMap<>(ValueClass.class);

    static boolean due(Instant last, Duration every, Instant now) {
        return !now.isBefore(last.plus(every));
    }

    void fullRead(Instant now) {
        needFull = false;
        pendingLoadedAfter = Optional.empty();
        resume = false;
        stateAfterResume = false;
        catchUp.clear();
        fill = Optional.empty();
        splitNextFull = false;
        lastMainRead = now;
        lastState = now;
        lastChunk = now;
        nextChunk = 0;
        lookWanted = false;
        hashesWanted = false;
        for (ValueClass valueClass : ValueClass.values()) {
            asOf.put(valueClass, now);
        }
    }

    /**
     * Sizes read by a poll, beside the table's own after that poll; {@code withState} when that poll
     * also read every torrent's state. A move is explained when each view moved by as much as the
     * table's own count of it did: the torrents that moved it are the ones this mirror read (a
     * transferring torrent that finished, one stopped through pyroTorrent, one added elsewhere and
     * read whole), so their rows are current and no read of every torrent's state is needed.
     * {@code moreToRead}: the table has rows the next poll reads anyway, so a move they may explain
     * waits one poll.
     */
    void countsRead(List<Long> seen, boolean withState, List<Long> table, boolean moreToRead) {
        if (withState || counts.isEmpty()) {
            counts = Optional.of(seen);
            tableCountsThen = table;
            countsMoved = false;
            unexplained = false;
            viewCheck = ViewCheck.NONE;
        } else if (counts.get().equals(seen)) {
            unexplained = false;
            viewCheck = ViewCheck.NONE;
        } else if (movedAlike(counts.get(), seen, tableCountsThen, table)) {
            counts = Optional.of(seen);
            tableCountsThen = table;
            unexplained = false;
            viewCheck = ViewCheck.NONE;
        } else if (viewCheck == ViewCheck.NONE && movedUnseen(counts.get(), seen, tableCountsThen, table)) {
            viewCheck = ViewCheck.WANTED;
        } else if (unexplained || !moreToRead) {
            countsMoved = true;
        } else {
            unexplained = true;
            // After a listing of the leeching and hashing views the torrents they told of are due; any other
            // move may be a leaver's that waits to settle (a torrent paused elsewhere mid-transfer).
            leaversWanted = viewCheck != ViewCheck.LISTED;
        }
    }

    /**
     * The leeching and hashing views were listed and the torrents that left or entered them are to be read once: a move they
     * explain is explained on the poll that reads them, one still unexplained then is not.
     */
    void viewsListed() {
        viewCheck = ViewCheck.LISTED;
        unexplained = false;
    }

    private static boolean movedUnseen(List<Long> before, List<Long> seen, List<Long> tableBefore, List<Long> table) {
        if (!sameShape(before, seen, tableBefore, table)) {
            return false;
        }
        return seen.get(COMPLETE) - before.get(COMPLETE) > table.get(COMPLETE) - tableBefore.get(COMPLETE)
                || seen.get(HASHING) - before.get(HASHING) != table.get(HASHING) - tableBefore.get(HASHING);
    }

    /** The table's rows were replaced whole: its counts now stand for the sizes last taken. */
    void tableReplaced(List<Long> table) {
        tableCountsThen = table;
    }

    private static boolean movedAlike(List<Long> before, List<Long> seen, List<Long> tableBefore, List<Long> table) {
        if (!sameShape(before, seen, tableBefore, table)) {
            return false;
        }
        for (int i = 0; i < seen.size(); i++) {
            if (seen.get(i) - before.get(i) != table.get(i) - tableBefore.get(i)) {
                return false;
            }
        }
        return true;
    }

    /** Four lists of the fingerprint's sizes, each with a size for every view of it. */
    private static boolean sameShape(List<Long> before, List<Long> seen, List<Long> tableBefore, List<Long> table) {
        int views = PollPlan.FINGERPRINT.views().size();
        return before.size() == views && seen.size() == views && tableBefore.size() == views && table.size() == views;
    }

    void chunkRead(Instant now, int chunks) {
        if (nextChunk == 0) {
            cycleStart = now;
        }
        lastChunk = now;
        nextChunk++;
        if (nextChunk == chunks) {
            // Every field of every torrent was read at or after the cycle's first chunk.
            asOf.put(ValueClass.STATIC, cycleStart);
            nextChunk = 0;
        }
    }

    /** Another client may add a torrent any time: a read shows a new hash only once it is ours. */
    void membershipSettled(boolean nothingPending) {
        if (nothingPending) {
            asOf.put(ValueClass.MEMBERSHIP, lastMainRead);
        }
    }

    /**
     * A command queued a load: rTorrent adds it on its next loop turn, so look again next poll, and
     * read what it loaded whole by load date when the table is whole up to a second of its clock.
     */
    void lookForNewTorrents() {
        lookWanted = true;
        loadedUpTo.ifPresent(this::pendingLoadedAfter);
    }

    /** Pending torrents loaded after this second (the earliest such second stands). */
    void pendingLoadedAfter(long second) {
        pendingLoadedAfter =
                Optional.of(pendingLoadedAfter.map(s -> Math.min(s, second)).orElse(second));
    }
}
