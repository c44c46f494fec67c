package io.pyrotorrent.domain.mirror;

/**
 * What a poll reads of the main view beside the active view's moving values (at most one of
 * these per poll; {@link PollPlan} chooses). Counted per kind ({@link TargetMirror#reads}), so
 * /metrics shows where the mirror's cost to rTorrent goes.
 */
public enum MainRead {
    /** Nothing of the main view: the active view, the view sizes and the client's values only. */
    NONE,
    /** Every field of every torrent in one reply (a first fill, after a restart or a failure). */
    FULL,
    /** Every torrent's status flags, message and labels. */
    STATE,
    /** One chunk of the consistency sweep: a few fields of every torrent. */
    CHUNK,
    /** Every torrent's hash, and the torrents with a message: who is there. */
    MEMBERSHIP,
    /**
     * The first poll after an idle spell, when a full read would not fit one reply (at 20,000
     * torrents it takes five): every torrent's hash, status flags, message and rates (see
     * {@link MirrorFields#resume()}), so membership, statuses and rates are current at once,
     * with the transferring torrents' moving values beside them as in every poll. The next
     * poll reads the rest of the state ({@link #STATE}); byte totals, ratios and peers of the
     * others follow in {@link #CATCH_UP} reads, one per poll (two at 20,000 torrents). The
     * first page waits for this read alone: at 20,000 torrents the whole state took rTorrent
     * 730 ms and a 13 MB reply, before any page could be served.
     */
    RESUME,
    /** One read of some moving fields of every torrent, in the polls after a {@link #RESUME}. */
    CATCH_UP,
    /** One part of a full read of a large table (see {@link PartedFill}). */
    PART;

    /** Lists every torrent of the main view in one piece (a part lists them too, not in one). */
    boolean listsMain() {
        return this != NONE;
    }

    /** Holds every torrent's status flags (and message): whatever moved a view's size is in it. */
    boolean readsEveryState() {
        return this == FULL || this == PART || this == STATE || this == RESUME;
    }

    /** Holds every torrent's message, so the torrents with one need no read of their own. */
    boolean readsEveryMessage() {
        return readsEveryState();
    }
}
