package io.pyrotorrent.domain.model.field;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.domain.model.InfoHash;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RowSharingTest {

    private static final Columns WHOLE = Columns.of(List.of(
            TorrentFields.HASH,
            TorrentFields.NAME,
            TorrentFields.SIZE_BYTES,
            TorrentFields.UP_RATE,
            TorrentFields.DOWN_RATE,
            TorrentFields.RATIO,
            TorrentFields.STATE));
    private static final Columns PAGE =
            Columns.of(List.of(TorrentFields.NAME, TorrentFields.HASH, TorrentFields.UP_RATE, TorrentFields.STATE));

    private static Row whole(int i) {
        return WHOLE.row(
                InfoHash.of("%040X".formatted(i)), "torrent-" + i, 1000L * i, 10L * i, 20L * i, i / 10.0, true);
    }

    private static long allocatedByThisThread() {
        return ((com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean()).getCurrentThreadAllocatedBytes();
    }

    @Test
    void aSharedRow_isTheSelectedRow_inEveryWayItCanBeRead() {
        Row row = whole(7);

        Row shared = row.sharing(PAGE);
        Row copied = row.select(PAGE);

        assertThat(shared).isEqualTo(copied).hasSameHashCodeAs(copied).hasToString(copied.toString());
        assertThat(shared.fields()).isEqualTo(PAGE.fields());
        assertThat(shared.get(TorrentFields.UP_RATE)).isEqualTo(70L);
        assertThat(shared.has(TorrentFields.SIZE_BYTES)).isFalse();
        Columns fewer = Columns.of(List.of(TorrentFields.STATE, TorrentFields.NAME));
        assertThat(shared.sharing(fewer)).isEqualTo(row.select(fewer));
        assertThat(shared.select(fewer)).isEqualTo(row.select(fewer));
        assertThat(row.sharing(WHOLE)).isSameAs(row);
    }

    @Test
    void sharingAFieldTheRowDoesNotHave_isRefusedByName() {
        Row narrow = whole(1).sharing(PAGE);

        assertThatThrownBy(() -> narrow.sharing(WHOLE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(TorrentFields.SIZE_BYTES.toString());
    }

    @Test
    void twentyThousandSharedRows_takeLessThanHalfOfWhatCopiesTake() {
        var rows = new ArrayList<Row>();
        for (int i = 0; i < 20_000; i++) {
            rows.add(whole(i));
        }
        var kept = new ArrayList<Row>(rows.size() * 2);
        rows.forEach(row -> kept.add(row.sharing(PAGE))); // warm: class loading and the positions
        kept.clear();

        long before = allocatedByThisThread();
        rows.forEach(row -> kept.add(row.sharing(PAGE)));
        long shared = allocatedByThisThread() - before;
        before = allocatedByThisThread();
        rows.forEach(row -> kept.add(row.select(PAGE)));
        long copied = allocatedByThisThread() - before;

        assertThat(kept).hasSize(40_000);
        assertThat(shared)
                .as("bytes for %,d shared rows; copies took %,d", rows.size(), copied)
                .isLessThan(copied / 2);
    }
}
