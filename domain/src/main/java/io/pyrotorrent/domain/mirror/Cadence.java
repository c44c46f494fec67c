package io.pyrotorrent.domain.mirror;

import java.time.Duration;
import java.util.Objects;

/**
 * How often the mirror asks rTorrent for each class of value. rTorrent is single-threaded and
 * every call takes its global lock, so each number trades freshness against seeding time; the
 * measured costs behind them are in RTORRENT.md (a d.multicall2 costs about fields x torrents).
 *
 * @param poll one poll (one round trip) this often while watched; every poll reads the moving
 *     values of the active view, so rates on a page are at most this old
 * @param membership a look for torrents added or removed by another client at least this often
 *     (the torrents loaded since the last look, and those with a message), so they show within
 *     10 s (this, plus one poll to read the new row); also the least time between two state reads
 *     that moved view sizes ask for
 * @param state state flags and messages of every torrent this often; active torrents' flags are
 *     read on every poll already, and moved view sizes bring a state read forward, so this only
 *     catches changes to idle ones that move no count
 * @param sweepChunk one chunk of the consistency sweep this often; a chunk is a few fields of
 *     every torrent, so no single call serializes the whole table
 * @param sweepFieldsPerChunk fields per sweep chunk (plus the hash)
 * @param idleAfter with no read, lease or subscriber for this long, polling stops
 * @param newRowsPerPoll new torrents read one by one per poll; more than this (a first fill, a
 *     bulk add elsewhere) and one full list read is cheaper
 * @param cellsPerRead at most this many values (torrents x fields) in one read of the main view;
 *     a full read of more is made in parts of fewer fields, one round trip each
 */
public record Cadence(
        Duration poll,
        Duration membership,
        Duration state,
        Duration sweepChunk,
        int sweepFieldsPerChunk,
        Duration idleAfter,
        int newRowsPerPoll,
        int cellsPerRead) {

    /**
     * Rates on a page no older than 2 s, the bound: a value shown is replaced one period
     * plus one poll's round trip later (polls run with a fixed delay between them), and with a
     * period of 2 s the benchmark saw a few readings 2.0-2.1 s old at 20,000 torrents. A poll
     * that reads nothing of the main view costs rTorrent a few ms (the transferring torrents and
     * five view sizes), so the shorter period costs it about 0.05 s a minute more.
     */
    public static final Duration POLL = Duration.ofMillis(1500);
    /**
     * Inside the 10 s promised for torrents added or removed by other clients, with room for the
     * polls' own time. Most adds and removes show sooner: they change the main view's size, which
     * every poll reads ({@link PollPlan#FINGERPRINT}), and the next poll looks (an add) or lists
     * every hash (a remove). An add and a remove that cancel out move the change count that every
     * poll reads ({@link io.pyrotorrent.domain.model.request.ChangeCountQuery}): the next poll
     * looks for loads (rTorrent names the torrents it loaded since the last look, d.load_date
     * against its own clock), and with the new one read the table is one longer than the main
     * view, so the poll after that lists every hash: four polls, 6 s. While the count stands
     * still there is no look at all. Where rTorrent refuses the count, a look every 7.5 s catches
     * the same case: 7.5 s + one 1.5 s poll at worst. At 20,000 torrents
     * (it-tests/bin/rtorrent-read-costs) a look costs rTorrent 34-40 ms, and made every 7.5 s it was
     * about half of what watching cost rTorrent (0.3 s a minute). The torrents with a message are
     * read this often too (8 ms at 20,000): a tracker's "unregistered torrent" on an idle seed
     * moves no count.
     */
    public static final Duration MEMBERSHIP = Duration.ofMillis(7500);
    /**
     * Every torrent's flags, messages and labels. Starts, stops, pauses, finishes and hash checks
     * by other clients change a view's size and are read on the next poll (at most one such read
     * per {@link #MEMBERSHIP}); what is left for this read is rarer: a tracker message on an idle
     * torrent, a label or priority set elsewhere (a message on an idle torrent shows with the
     * next look). 16 fields of 20,000 torrents are the mirror's dearest read: 650-690 ms of
     * rTorrent's CPU (MirrorProbe, 2026-12-06), so every 2 minutes was a third of a second a
     * minute, about as much as all the looks; every 4 minutes is half that.
     */
    public static final Duration STATE = Duration.ofSeconds(240);
    /**
     * With 4 of 34 fields a chunk, the whole sweep takes 9 chunks: 15 minutes. What it alone
     * catches is rare (a torrent renamed or moved by another client, a tracker added, an idle
     * torrent's peers), and a chunk is not cheap: 5 fields of 20,000 torrents cost rTorrent 172-184
     * ms of its CPU (MirrorProbe, 2026-12-06), so one every 30 s was about 0.35 s a minute, as much
     * as the rest of watching together; one every 100 s is about 0.1.
     */
    public static final Duration SWEEP_CHUNK = Duration.ofSeconds(100);
    /** A 5-field d.multicall2 at 20,000 torrents costs rTorrent about a third of a full read. */
    public static final int SWEEP_FIELDS_PER_CHUNK = 4;
    /** The rule: nobody watching for 60 s costs rTorrent nothing. */
    public static final Duration IDLE_AFTER = Duration.ofSeconds(60);
    /** 50 torrents x 34 fields stays far below rTorrent's 512 KiB request limit. */
    public static final int NEW_ROWS_PER_POLL = 50;

    /**
     * rTorrent's XML-RPC spends about 37 bytes a value: 150,000 values are a reply of about 5.5 MB.
     * Measured at 20,000 torrents: one read of all 34 fields (about 25 MB) never fit the 28 MB a
     * -Xmx112m pyroTorrent sets aside for replies being read, so the first fill failed on every poll
     * (each one costing rTorrent a whole read) and every page fell back to rTorrent. In parts of
     * 7 fields it fits beside a live page's read.
     */
    public static final int CELLS_PER_READ = 150_000;

    public static final Cadence DEFAULT = new Cadence(
            POLL,
            MEMBERSHIP,
            STATE,
            SWEEP_CHUNK,
            SWEEP_FIELDS_PER_CHUNK,
            IDLE_AFTER,
            NEW_ROWS_PER_POLL,
            CELLS_PER_READ);

    /** The default {@link #CELLS_PER_READ}. */
    public Cadence(
            Duration poll,
            Duration membership,
            Duration state,
            Duration sweepChunk,
            int sweepFieldsPerChunk,
            Duration idleAfter,
            int newRowsPerPoll) {
        this(poll, membership, state, sweepChunk, sweepFieldsPerChunk, idleAfter, newRowsPerPoll, CELLS_PER_READ);
    }

    /** This cadence with another bound on the values in one read of the main view. */
    public Cadence withCellsPerRead(int cells) {
        return new Cadence(poll, membership, state, sweepChunk, sweepFieldsPerChunk, idleAfter, newRowsPerPoll, cells);
    }

    public Cadence {
        for (Duration d : new Duration[] {poll, membership, state, sweepChunk, idleAfter}) {
            if (Objects.requireNonNull(d, "cadence").isNegative() || d.isZero()) {
                throw new IllegalArgumentException("a cadence is a positive duration, not " + d);
            }
        }
        if (sweepFieldsPerChunk < 1 || newRowsPerPoll < 1 || cellsPerRead < 1) {
            throw new IllegalArgumentException("sweepFieldsPerChunk, newRowsPerPoll and cellsPerRead are at least 1");
        }
    }
}
