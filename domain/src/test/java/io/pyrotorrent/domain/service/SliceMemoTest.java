package io.pyrotorrent.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.listing.Listing;
import io.pyrotorrent.domain.model.listing.SortOrder;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SliceMemoTest {

    private static final TargetName BOX = TargetName.of("box");

    private final InMemoryTorrentClient rtorrent = new InMemoryTorrentClient();
    private final SliceMemo memo = new SliceMemo();
    private final Listing byName = Listing.of(ViewName.MAIN, List.of(TorrentFields.NAME))
            .withSort(TorrentFields.NAME, SortOrder.DESCENDING)
            .withFacets(true);

    /** A view's rows that count how often a reader walks through them. */
    private static final class CountedRows extends AbstractList<Row> {
        final List<Row> rows;
        final AtomicInteger walks = new AtomicInteger();

        CountedRows(List<Row> rows) {
            this.rows = rows;
        }

        @Override
        public Row get(int index) {
            if (index == 0) {
                walks.incrementAndGet();
            }
            return rows.get(index);
        }

        @Override
        public int size() {
            return rows.size();
        }
    }

    private CountedRows view(int torrents, Listing listing) {
        IntStream.range(0, torrents)
                .forEach(i -> rtorrent.put(
                                TestTorrent.single(String.format("t%03d", i)).metainfo(), i % 3 == 0)
                        .label(Label.of(i % 2 == 0 ? "even" : "odd")));
        return new CountedRows(
                rtorrent.send(Request.of(TorrentListQuery.of(listing.view(), listing.fieldsToFetch())))
                                        .outcomes()
                                        .get(0)
                                        .orThrow()
                                instanceof List<?> rows
                        ? rows.stream().map(Row.class::cast).toList()
                        : List.of());
    }

    @Test
    void everyPageOfOneList_isCutFromOneFilterSortAndCount_withTheSameAnswersAsWorkedOutAlone() {
        CountedRows rows = view(250, byName);
        int walksAlone = 0;
        var alone = new ArrayList<Object>();
        for (int page = 0; page < 3; page++) {
            int before = rows.walks.get();
            alone.add(Slicer.slice(rows, byName.withPage(page * 100, 100)));
            walksAlone = rows.walks.get() - before;
        }
        int before = rows.walks.get();

        var memoized = new ArrayList<Object>();
        for (int page = 0; page < 3; page++) {
            memoized.add(memo.slice(BOX, rows, byName.withPage(page * 100, 100)));
        }

        assertThat(memoized).isEqualTo(alone);
        assertThat(rows.walks.get() - before)
                .as("walks for three pages, against %d for each page alone", walksAlone)
                .isEqualTo(walksAlone);
    }

    @Test
    void aNewList_isWorkedOutAgain_andAnotherFilterOfTheSameListHasItsOwnAnswer() {
        CountedRows rows = view(30, byName);
        memo.slice(BOX, rows, byName);
        var evens = memo.slice(BOX, rows, byName.withFilters(Optional.empty(), Optional.of(Label.of("even"))));

        rtorrent.put(TestTorrent.single("zzz").metainfo(), false);
        CountedRows next = view(0, byName);
        var after = memo.slice(BOX, next, byName);

        assertThat(evens.total()).isEqualTo(15);
        assertThat(after.total()).isEqualTo(31);
        assertThat(after.rows().get(0).get(TorrentFields.NAME)).isEqualTo("zzz");
        assertThat(after.facets().statuses()).isEqualTo(Slicer.facets(next).statuses());
    }

    @Test
    void readersArrivingTogether_waitForOneWorkingOut_ratherThanEachDoingIt() throws Exception {
        CountedRows rows = view(2_000, byName);
        int threads = 8;
        var start = new CountDownLatch(1);
        var pool = Executors.newFixedThreadPool(threads);
        try {
            var results = new ArrayList<Future<?>>();
            for (int i = 0; i < threads; i++) {
                int page = i;
                results.add(pool.submit(() -> {
                    start.await();
                    return memo.slice(BOX, rows, byName.withPage(page * 10, 10));
                }));
            }
            int before = rows.walks.get();
            start.countDown();
            for (var result : results) {
                result.get();
            }
            int oneSlice = rows.walks.get() - before;
            int alone = rows.walks.get();
            Slicer.slice(rows, byName);
            int walksForOneAlone = rows.walks.get() - alone;

            assertThat(oneSlice).isEqualTo(walksForOneAlone);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aListNobodyReadsForHalfAMinute_isLetGo_whenANewListComes() {
        var clock = new AtomicLong();
        var timed = new SliceMemo(clock::get, SliceMemo.MAX_CELLS);
        Listing stopped = Listing.of(new ViewName("stopped"), List.of(TorrentFields.NAME));
        timed.slice(BOX, view(20, stopped), stopped);
        timed.slice(BOX, view(0, byName), byName);
        assertThat(timed.heldLists()).isEqualTo(2);

        clock.addAndGet(SliceMemo.UNREAD_FOR.plusSeconds(1).toNanos());
        rtorrent.put(TestTorrent.single("newer").metainfo(), false);
        timed.slice(BOX, view(0, byName), byName);

        assertThat(timed.heldLists())
                .as("the stopped view's old list is let go")
                .isEqualTo(1);
        assertThat(timed.heldCells()).isEqualTo(21L * byName.fieldsToFetch().size());
    }

    @Test
    void listsOfManyFieldSets_holdNoMoreValuesThanTheBound_theMostRecentlyReadKept() {
        var fieldSets = List.of(
                List.<Field<?>>of(TorrentFields.NAME),
                List.<Field<?>>of(TorrentFields.NAME, TorrentFields.SIZE_BYTES),
                List.<Field<?>>of(TorrentFields.NAME, TorrentFields.LABEL),
                List.<Field<?>>of(TorrentFields.NAME, TorrentFields.RATIO),
                List.<Field<?>>of(TorrentFields.NAME, TorrentFields.UP_RATE));
        var listings = fieldSets.stream().map(f -> Listing.of(ViewName.MAIN, f)).toList();
        int widest =
                listings.stream().mapToInt(l -> l.fieldsToFetch().size()).max().orElseThrow();
        long bound = 2L * 20 * widest; // room for two of the lists, not five
        var clock = new AtomicLong();
        var bounded = new SliceMemo(clock::get, bound);
        view(20, byName);

        CountedRows newest = null;
        for (Listing listing : listings) {
            clock.addAndGet(1_000_000);
            newest = view(0, listing);
            bounded.slice(BOX, newest, listing);
        }

        assertThat(bounded.heldCells()).isLessThanOrEqualTo(bound);
        assertThat(bounded.heldLists()).isBetween(1, 2);
        int walks = newest.walks.get();
        bounded.slice(BOX, newest, listings.get(listings.size() - 1));
        assertThat(newest.walks.get())
                .as("the newest list is held: read again, it is not worked out again")
                .isEqualTo(walks);
    }
}
