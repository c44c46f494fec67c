package io.pyrotorrent.domain.mirror;

import io.pyrotorrent.domain.model.field.Field;
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

    Instant lastState = NEVER;
    Instant lastChunk = NEVER;
    int nextChunk;
    private Instant cycleStart = NEVER;

    /** The view sizes as the last state read (or the first poll after a full read) saw them. */
    Optional<List<Long>> counts = Optional.empty();

    /** The view sizes moved since the last state read: the next poll reads every torrent's state. */
    boolean countsMoved;

    /** When moved sizes last brought a state read forward: at most one such read per membership period. */
    Instant lastCountsAsked = NEVER;

    final Map<ValueClass, Instant> asOf = new EnumMap<>(ValueClass.class);

    static boolean due(Instant last, Duration every, Instant now) {
        return !now.isBefore(last.plus(every));
    }

    void fullRead(Instant now) {
        needFull = false;
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

    /** Sizes read by a poll; {@code withState} when that poll also read every torrent's state. */
    void countsRead(List<Long> seen, boolean withState) {
        if (withState || counts.isEmpty()) {
            counts = Optional.of(seen);
            countsMoved = false;
        } else if (!counts.get().equals(seen)) {
            countsMoved = true;
        }
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

    /** A command queued a load: rTorrent adds it on its next loop turn, so look again next poll. */
    void lookForNewTorrents() {
        lookWanted = true;
    }
}
