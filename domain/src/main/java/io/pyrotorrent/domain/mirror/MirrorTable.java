package io.pyrotorrent.domain.mirror;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.field.Columns;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mirror's working rows between publications. Not thread-safe: only the poll or command that
 * holds the mirror's lock touches it; readers see copies published from it.
 */
final class MirrorTable {

    private static final Columns NO_MESSAGE = Columns.of(List.of(TorrentFields.HASH, TorrentFields.MESSAGE));
    private static final Columns STILL =
            Columns.of(List.of(TorrentFields.HASH, TorrentFields.UP_RATE, TorrentFields.DOWN_RATE));

    /** A leaver to read at the next poll, not after the settling time ({@link #leavers}). */
    static final Instant DUE_NOW = Instant.EPOCH;

    final Columns columns;
    final LinkedHashMap<InfoHash, Row> rows = new LinkedHashMap<>();
    /** Seen in a list, but its whole row is not read yet; it is published once it is. */
    final Set<InfoHash> pending = new LinkedHashSet<>();
    /**
     * Stopped transferring, with when they were seen to: their moving values must be read once more.
     * Their rates are 0 from that poll on; the rest waits a settling time, because a rate fed by a
     * capped peer flickers to 0 and back within seconds, and in rTorrent 0.9.8 each value read by
     * hash is a walk of its whole download list (up to 4.7 ms a value at 20,000 torrents,
     * it-tests/bin/rtorrent-read-costs): one torrent's 17 values cost up to 80 ms.
     */
    final Map<InfoHash, Instant> leavers = new LinkedHashMap<>();
    /**
     * Leavers the table has as leeching that a list of the leeching view left out: they finished,
     * stopped or went; the active and hashing views' lists look for them next ({@link LeaverReads}).
     */
    final Set<InfoHash> leftLeeching = new HashSet<>();

    /**
     * Leavers that every list read for them left out (stopped or paused elsewhere, or removed): only a
     * read by hash tells what became of them.
     */
    final Set<InfoHash> unlisted = new HashSet<>();

    /** Rows added, removed or updated since the last publication. */
    final Set<InfoHash> touched = new LinkedHashSet<>();

    /**
     * Torrents our own add just loaded, not read yet: the view counts as stale until they are, so
     * the reader after an add waits for the poll that reads just them (not every torrent).
     */
    final Set<InfoHash> expected = new LinkedHashSet<>();

    private Set<InfoHash> active = Set.of();

    /** The polled views' sizes as these rows have them, kept as rows change. */
    private final FlagCounts flags = new FlagCounts();

    MirrorTable(Columns columns) {
        this.columns = columns;
    }

    /** Our own add loaded these: each is read whole by the next poll. */
    void expect(List<InfoHash> loaded) {
        loaded.stream().filter(h -> !rows.containsKey(h)).forEach(h -> {
            pending.add(h);
            expected.add(h);
        });
    }

    /** A full read: every row replaced, every torrent gone from it removed. */
    void replaceAll(List<Row> fresh) {
        touched.addAll(rows.keySet());
        rows.clear();
        flags.clear();
        pending.clear();
        expected.clear();
        leavers.clear();
        leftLeeching.clear();
        unlisted.clear();
        var nowActive = new HashSet<InfoHash>();
        for (Row row : fresh) {
            InfoHash hash = row.get(TorrentFields.HASH);
            put(hash, row);
            touched.add(hash);
            if (transferring(row)) {
                nowActive.add(hash);
            }
        }
        active = nowActive;
    }

    /** As each poll's read of moving values: in the active view, with a rate above zero. */
    private static boolean transferring(Row row) {
        return activeView(row)
                && ((row.has(TorrentFields.UP_RATE) && row.get(TorrentFields.UP_RATE) > 0)
                        || (row.has(TorrentFields.DOWN_RATE) && row.get(TorrentFields.DOWN_RATE) > 0));
    }

    private static boolean activeView(Row row) {
        return row.has(TorrentFields.ACTIVE) && Boolean.TRUE.equals(row.get(TorrentFields.ACTIVE));
    }

    /** A list of the main view: torrents not in it are gone, torrents new to us are read next. */
    void reconcile(Collection<Row> mainView) {
        var present = new HashSet<InfoHash>();
        mainView.forEach(row -> present.add(row.get(TorrentFields.HASH)));
        List.copyOf(rows.keySet()).stream().filter(h -> !present.contains(h)).forEach(this::forget);
        pending.removeIf(h -> !present.contains(h));
        present.stream().filter(h -> !rows.containsKey(h)).forEach(pending::add);
    }

    /**
     * The transferring torrents' rows: merged. Those that stopped transferring have both rates at 0
     * now (rTorrent's filter left them out) and are remembered for one more read.
     */
    void activeNow(List<Row> activeRows, Instant now) {
        var nowActive = new HashSet<InfoHash>();
        for (Row row : activeRows) {
            InfoHash hash = row.get(TorrentFields.HASH);
            nowActive.add(hash);
            leavers.remove(hash); // read just now
            if (rows.containsKey(hash)) {
                merge(row);
            } else {
                pending.add(hash);
            }
        }
        active.stream()
                .filter(h -> !nowActive.contains(h) && rows.containsKey(h))
                .forEach(hash -> {
                    leavers.putIfAbsent(hash, now);
                    // Still in the active view as far as this table knows, so rTorrent's filter left it out
                    // for rates of 0. One that left the view moved its size: it is read at the next poll.
                    if (activeView(rows.get(hash))) {
                        merge(STILL.row(new Object[] {hash, 0L, 0L}));
                    }
                });
        active = nowActive;
    }

    /**
     * The leeching view's hashes (rTorrent's started, incomplete torrents) and the hashing view's:
     * each row this table has as started and incomplete that the first leaves out finished, stopped
     * or went since, and each whose hashing flag disagrees with the second started or ended a check;
     * each is read once more with the transferring torrents' fields, as a torrent that stopped
     * transferring is.
     */
    void listedNow(List<Row> leeching, List<Row> hashing) {
        var leechers = hashes(leeching);
        var checked = hashes(hashing);
        rows.forEach((hash, row) -> {
            boolean leftLeeching = FlagCounts.leeching(row) && !leechers.contains(hash);
            boolean checkMoved = row.has(TorrentFields.HASHING)
                    && Boolean.TRUE.equals(row.get(TorrentFields.HASHING)) != checked.contains(hash);
            if (leftLeeching) {
                this.leftLeeching.add(hash);
            }
            if (leftLeeching || checkMoved) {
                leavers.put(hash, DUE_NOW);
            }
        });
    }

    static Set<InfoHash> hashes(List<Row> listed) {
        var named = new HashSet<InfoHash>();
        listed.forEach(row -> named.add(row.get(TorrentFields.HASH)));
        return named;
    }

    /** Started and incomplete as this table last read it, and not known to have left the leeching view. */
    boolean leechingAsFarAsKnown(InfoHash hash) {
        Row row = rows.get(hash);
        return row != null && !leftLeeching.contains(hash) && FlagCounts.leeching(row);
    }

    /** How many rows this table has as started and incomplete: the leeching view's size, as far as it knows. */
    long leechingCount() {
        return flags.leeching();
    }

    /** How many rows this table has as active: the active view's size, as far as it knows. */
    long activeCount() {
        return flags.count(TorrentFields.ACTIVE);
    }

    /** A leaver read (by a list or by hash): nothing more to read of it until it moves again. */
    void leaverRead(InfoHash hash) {
        leavers.remove(hash);
        leftLeeching.remove(hash);
        unlisted.remove(hash);
    }

    /**
     * The answer naming every torrent whose message is not empty, with it: each known torrent left
     * out has an empty message now. Unknown torrents wait for their whole row.
     */
    void messagesNow(List<Row> withMessage) {
        var named = new HashSet<InfoHash>();
        for (Row row : withMessage) {
            named.add(row.get(TorrentFields.HASH));
            merge(row);
        }
        var cleared = new ArrayList<InfoHash>();
        rows.forEach((hash, row) -> {
            if (!row.get(TorrentFields.MESSAGE).isEmpty() && !named.contains(hash)) {
                cleared.add(hash);
            }
        });
        cleared.forEach(hash -> merge(NO_MESSAGE.row(new Object[] {hash, ""})));
    }

    /** Some fields of a known torrent; unknown torrents wait for their whole row. */
    void merge(Row update) {
        InfoHash hash = update.get(TorrentFields.HASH);
        Row before = rows.get(hash);
        if (before == null) {
            pending.add(hash);
            return;
        }
        var values = new Object[columns.fields().size()];
        for (int i = 0; i < values.length; i++) {
            Field<?> field = columns.fields().get(i);
            values[i] = update.has(field) ? update.get(field) : before.get(field);
        }
        Row after = columns.row(values);
        if (!after.equals(before)) {
            put(hash, after);
            touched.add(hash);
        }
    }

    /** A whole row: merged into the torrent's row, or the torrent's first row. */
    void mergeOrInsert(Row whole) {
        if (rows.containsKey(whole.get(TorrentFields.HASH))) {
            merge(whole);
        } else {
            insert(whole);
        }
    }

    /** The whole row of a torrent that was pending. */
    void insert(Row whole) {
        InfoHash hash = whole.get(TorrentFields.HASH);
        pending.remove(hash);
        expected.remove(hash);
        put(hash, whole);
        touched.add(hash);
    }

    int size() {
        return rows.size();
    }

    /** rTorrent no longer knows the torrent. */
    void forget(InfoHash hash) {
        pending.remove(hash);
        expected.remove(hash);
        leaverRead(hash);
        Row gone = rows.remove(hash);
        if (gone != null) {
            flags.remove(gone);
            touched.add(hash);
        }
    }

    /**
     * The sizes of the views every poll reads ({@link PollPlan#FINGERPRINT}) as this table has
     * them: a torrent seen but not read yet counts in main only.
     */
    List<Long> viewSizes() {
        return flags.sizes(rows.size() + pending.size());
    }

    private void put(InfoHash hash, Row row) {
        Row before = rows.put(hash, row);
        if (before != null) {
            flags.remove(before);
        }
        flags.add(row);
    }
}
