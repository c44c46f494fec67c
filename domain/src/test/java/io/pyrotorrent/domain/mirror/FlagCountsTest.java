package io.pyrotorrent.domain.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.Columns;
import io.pyrotorrent.domain.model.field.TorrentFields;
import java.util.List;
import org.junit.jupiter.api.Test;

class FlagCountsTest {

    private static final Columns COLUMNS = Columns.of(List.of(
            TorrentFields.HASH,
            TorrentFields.STATE,
            TorrentFields.ACTIVE,
            TorrentFields.COMPLETE,
            TorrentFields.HASHING));

    @Test
    void theFlags_standForThePolledViewsAfterMain_inTheirOrder() {
        assertThat(PollPlan.FINGERPRINT.views())
                .containsExactly(
                        ViewName.MAIN,
                        new ViewName("started"),
                        new ViewName("active"),
                        new ViewName("complete"),
                        new ViewName("hashing"));
        assertThat(FlagCounts.FLAGS)
                .containsExactly(
                        TorrentFields.STATE, TorrentFields.ACTIVE, TorrentFields.COMPLETE, TorrentFields.HASHING);
    }

    @Test
    void theTablesViewSizes_followItsRows_asTheyAreMergedAndForgotten() {
        var table = new MirrorTable(COLUMNS);
        var seed = InfoHash.of("A".repeat(40));
        var paused = InfoHash.of("B".repeat(40));
        table.replaceAll(List.of(
                COLUMNS.row(new Object[] {seed, true, true, true, false}),
                COLUMNS.row(new Object[] {paused, true, false, false, false})));
        assertThat(table.viewSizes()).containsExactly(2L, 2L, 1L, 1L, 0L);
        assertThat(table.activeCount()).isEqualTo(1);
        assertThat(table.leechingCount()).as("started and incomplete").isEqualTo(1);

        table.merge(Columns.of(List.of(TorrentFields.HASH, TorrentFields.STATE, TorrentFields.ACTIVE))
                .row(new Object[] {paused, false, false}));
        assertThat(table.viewSizes()).containsExactly(2L, 1L, 1L, 1L, 0L);
        assertThat(table.leechingCount()).as("stopped: no longer leeching").isZero();

        table.forget(seed);
        table.pending.add(InfoHash.of("C".repeat(40)));
        assertThat(table.viewSizes())
                .as("a torrent seen but not read yet counts in main only")
                .containsExactly(2L, 0L, 0L, 0L, 0L);
    }
}
