package io.pyrotorrent.domain.mirror;

import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the table itself says the sizes of the polled views ({@link PollPlan#FINGERPRINT}) are: the
 * main view is every row (and every torrent seen but not read yet), the others the rows with the
 * flag rTorrent files a torrent under in each (the contract suite holds the fake's views to real
 * rTorrent's). Kept as rows change, so a poll can tell a view size that moved because of a change
 * it read itself (a transferring torrent that finished, a torrent stopped through pyroTorrent) from
 * one it did not see (an idle torrent stopped by another client): only the second needs a read of
 * every torrent's state, which at 20,000 torrents costs rTorrent 650-690 ms.
 */
final class FlagCounts {

    /** The flag behind each view of the fingerprint after main, in its order. */
    static final List<Field<Boolean>> FLAGS =
            List.of(TorrentFields.STATE, TorrentFields.ACTIVE, TorrentFields.COMPLETE, TorrentFields.HASHING);

    private final long[] counts = new long[FLAGS.size()];

    /** Rows started and incomplete: the leeching view as far as the table knows. */
    private long leeching;

    void add(Row row) {
        count(row, 1);
    }

    void remove(Row row) {
        count(row, -1);
    }

    void clear() {
        Arrays.fill(counts, 0);
        leeching = 0;
    }

    /** How many rows have this flag of {@link #FLAGS} set: its view's size, as the table has it. */
    long count(Field<Boolean> flag) {
        int i = FLAGS.indexOf(flag);
        if (i < 0) {
            throw new IllegalArgumentException("not a counted flag: " + flag);
        }
        return counts[i];
    }

    /** How many rows are started and incomplete: rTorrent's leeching view, as the table has it. */
    long leeching() {
        return leeching;
    }

    /** rTorrent's leeching view: started and incomplete (DerivedViews and the table agree on it). */
    static boolean leeching(Row row) {
        return row.has(TorrentFields.STATE)
                && row.has(TorrentFields.COMPLETE)
                && Boolean.TRUE.equals(row.get(TorrentFields.STATE))
                && Boolean.FALSE.equals(row.get(TorrentFields.COMPLETE));
    }

    /** The fingerprint's sizes as this table has them: main first, then each flag's rows. */
    List<Long> sizes(long main) {
        var sizes = new ArrayList<Long>(counts.length + 1);
        sizes.add(main);
        for (long count : counts) {
            sizes.add(count);
        }
        return List.copyOf(sizes);
    }

    private void count(Row row, int sign) {
        if (leeching(row)) {
            leeching += sign;
        }
        for (int i = 0; i < counts.length; i++) {
            Field<Boolean> flag = FLAGS.get(i);
            if (row.has(flag) && Boolean.TRUE.equals(row.get(flag))) {
                counts[i] += sign;
            }
        }
    }
}
