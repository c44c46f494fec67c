package io.pyrotorrent.domain.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.domain.fake.FakeTorrent;
import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestClock;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.ChangeCountQuery;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.FilteredQuery;
import io.pyrotorrent.domain.model.request.LoadedAfterQuery;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.domain.model.request.TorrentQuery;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class TargetMirrorTest {

    private static final Duration POLL = Cadence.DEFAULT.poll();

    private final InMemoryTorrentClient rtorrent = new InMemoryTorrentClient();
    private final RecordingClient client = new RecordingClient(rtorrent);
    private final TestClock clock = new TestClock();
    private final TargetMirror mirror = TargetMirror.of(client, clock, new ManualScheduler());

    private FakeTorrent torrent(String name, boolean started) {
        return rtorrent.put(TestTorrent.single(name).metainfo(), started);
    }

    private MirrorView pollLater() {
        clock.advance(POLL);
        mirror.poll();
        return mirror.view();
    }

    /** Polls on the cadence until the view passes; answers how long that took. */
    private Duration pollUntil(Predicate<MirrorView> done, Duration limit) {
        Instant from = clock.instant();
        while (!done.test(pollLater())) {
            assertThat(Duration.between(from, clock.instant())).isLessThanOrEqualTo(limit);
        }
        return Duration.between(from, clock.instant());
    }

    private Row row(InfoHash hash) {
        return mirror.view().rows().get(hash);
    }

    private static List<TorrentListQuery> lists(Request request) {
        return request.steps().stream()
                .filter(TorrentListQuery.class::isInstance)
                .map(TorrentListQuery.class::cast)
                .toList();
    }

    @Test
    void firstPoll_readsEveryTorrentWhole_inOneRoundTrip() {
        torrent("a", false);
        torrent("b", true);
        var watching = mirror.watch();

        assertThat(mirror.poll()).isTrue();

        assertThat(rtorrent.roundTrips()).isEqualTo(1);
        MirrorView view = mirror.view();
        assertThat(view.stale()).isFalse();
        assertThat(view.version()).isEqualTo(1);
        assertThat(view.list()).containsExactlyElementsOf(FreshRead.of(rtorrent));
        watching.close();
    }

    @Test
    void everyLaterPoll_isOneRoundTrip_readingMovingValuesOfTransferringTorrentsOnly() {
        torrent("paused", false);
        for (int i = 0; i < 50; i++) {
            torrent("started-idle-" + i, true);
        }
        var busy = torrent("busy", true).rates(100, 2000);
        var watching = mirror.watch();
        mirror.poll();
        long before = rtorrent.roundTrips();

        for (int i = 0; i < 200; i++) {
            pollLater();
            Request asked = client.last();
            assertThat(asked.steps())
                    .filteredOn(
                            step -> step instanceof FilteredQuery q && q.filter() == FilteredQuery.Filter.TRANSFERRING)
                    .singleElement()
                    .satisfies(q -> assertThat(((FilteredQuery) q).columns().fields())
                            .as("moving values, status flags and message; labels and the like wait for the state read")
                            .contains(
                                    TorrentFields.UP_RATE,
                                    TorrentFields.BYTES_DONE,
                                    TorrentFields.STATE,
                                    TorrentFields.COMPLETE,
                                    TorrentFields.MESSAGE)
                            .doesNotContain(TorrentFields.LABEL, TorrentFields.PRIORITY, TorrentFields.VIEWS));
            assertThat(lists(asked))
                    .allSatisfy(q -> assertThat(q.columns().fields().size()).isLessThan(TorrentFields.ALL.size()));
        }
        busy.rates(0, 0);
        pollLater();
        pollLater();

        assertThat(rtorrent.roundTrips() - before).isEqualTo(202);
        assertThat(row(busy.hash()).get(TorrentFields.DOWN_RATE))
                .as("read once more after it stopped transferring")
                .isZero();
        var transferring = FilteredQuery.transferring(ViewName.MAIN, List.of(TorrentFields.HASH));
        busy.rates(1, 1);
        assertThat(rtorrent.send(Request.of(transferring)).outcomes().get(0).orThrow())
                .as("rows rTorrent sends for the 52 torrents, 51 of them started")
                .asList()
                .hasSize(1);
        watching.close();
    }

    @Test
    void rateOfAnActiveTorrent_showsAfterOnePoll_andDropsOnceItLeavesTheActiveView() {
        var seeding = torrent("seeding", true);
        var watching = mirror.watch();
        mirror.poll();

        seeding.rates(100, 200);
        assertThat(pollLater().rows().get(seeding.hash()).get(TorrentFields.UP_RATE))
                .isEqualTo(100L);

        rtorrent.send(Request.of(new Command.Pause(seeding.hash())));
        seeding.rates(0, 0);
        pollLater(); // sees it leave the active view
        pollLater(); // reads it once more

        assertThat(row(seeding.hash()).get(TorrentFields.UP_RATE)).isZero();
        assertThat(row(seeding.hash()).get(TorrentFields.ACTIVE)).isFalse();
        watching.close();
    }

    @Test
    void
            aDownloadsRateThatFlickersToZero_showsZeroAtOnce_andTheDownloadIsReadOnceItStaysStill_byAListOfTheLeechingView() {
        torrent("idle", false);
        var flickering = torrent("flickering", true).rates(0, 5000);
        var watching = mirror.watch();
        mirror.poll();
        pollLater();
        int before = client.requests.size();

        flickering.rates(0, 0);
        assertThat(pollLater().rows().get(flickering.hash()).get(TorrentFields.DOWN_RATE))
                .as("rTorrent's filter left it out: its rates are 0 now")
                .isZero();
        flickering.rates(0, 4000);
        pollLater();
        flickering.rates(0, 0);
        pollLater();
        assertThat(readsByHash(client.requests.subList(before, client.requests.size()), flickering.hash()))
                .as("a rate that is back within a poll or two costs no read by hash")
                .isZero();

        flickering.totals(0, 123_456); // what it took in after the last read of the transferring torrents
        pollUntil(
                v -> v.rows().get(flickering.hash()).get(TorrentFields.DOWN_TOTAL) == 123_456L,
                Cadence.MEMBERSHIP.plus(POLL.multipliedBy(2)));
        assertThat(readsByHash(client.requests.subList(before, client.requests.size()), flickering.hash()))
                .as("read a settling time after it stopped, with the leeching view's list: never by hash")
                .isZero();
        watching.close();
    }

    @Test
    void aTorrentAddedElsewhere_isReadWholeByLoadDate_notOneValueAtATimeByHash() {
        torrent("old", true);
        var watching = mirror.watch();
        mirror.poll();
        pollLater();
        pollLater();
        int before = client.requests.size();

        var added = torrent("added elsewhere", true);
        pollUntil(v -> v.rows().containsKey(added.hash()), Cadence.MEMBERSHIP);

        assertThat(row(added.hash()).get(TorrentFields.NAME)).isEqualTo("added elsewhere");
        assertThat(readsByHash(client.requests.subList(before, client.requests.size()), added.hash()))
                .isZero();
        watching.close();
    }

    @Test
    void aSeedsRateThatFlickersToZero_isReadOnceItStaysStill_byAListOfTheActiveView() {
        torrent("idle", false);
        var seed = torrent("seed", true).complete(true).rates(500, 0);
        var watching = mirror.watch();
        mirror.poll();
        pollLater();
        int before = client.requests.size();

        seed.rates(0, 0);
        pollLater();
        seed.rates(400, 0);
        pollLater();
        seed.rates(0, 0);
        pollLater();
        assertThat(readsByHash(client.requests.subList(before, client.requests.size()), seed.hash()))
                .as("a rate that is back within a poll or two costs no read by hash")
                .isZero();

        seed.totals(654_321, 0);
        pollUntil(
                v -> v.rows().get(seed.hash()).get(TorrentFields.UP_TOTAL) == 654_321L,
                Cadence.MEMBERSHIP.plus(POLL.multipliedBy(2)));
        assertThat(readsByHash(client.requests.subList(before, client.requests.size()), seed.hash()))
                .as("read a settling time after it stopped, with the active view's list: never by hash")
                .isZero();
        watching.close();
    }

    @Test
    void aSeedsLeaver_whereMoreThanAThousandTorrentsAreActive_isReadByHash_notWithAListOfThemAll() {
        for (int i = 0; i <= LeaverReads.LISTED_WHOLE; i++) {
            torrent("active seed " + i, true).complete(true);
        }
        var seed = torrent("seed", true).complete(true).rates(500, 0);
        var watching = mirror.watch();
        mirror.poll();
        pollLater();
        int before = client.requests.size();

        seed.rates(0, 0).totals(654_321, 0);
        pollUntil(
                v -> v.rows().get(seed.hash()).get(TorrentFields.UP_TOTAL) == 654_321L,
                Cadence.MEMBERSHIP.plus(POLL.multipliedBy(2)));

        var since = client.requests.subList(before, client.requests.size());
        assertThat(readsByHash(since, seed.hash())).isEqualTo(1);
        assertThat(since)
                .as("no list of the %d active torrents", LeaverReads.LISTED_WHOLE + 2)
                .noneMatch(r -> lists(r).stream().anyMatch(q -> q.view().equals(new ViewName("active"))));
        watching.close();
    }

    @Test
    void aSeedStoppedElsewhere_leftOutOfTheActiveViewsList_isReadByHash() {
        torrent("idle", false);
        var seed = torrent("seed", true).complete(true).rates(500, 0);
        var watching = mirror.watch();
        mirror.poll();
        pollLater();
        int before = client.requests.size();

        seed.rates(0, 0).totals(654_321, 0);
        rtorrent.send(Request.of(new Command.Stop(seed.hash()))); // another client stops it
        pollUntil(
                v -> !v.rows().get(seed.hash()).get(TorrentFields.STATE)
                        && v.rows().get(seed.hash()).get(TorrentFields.UP_TOTAL) == 654_321L,
                Cadence.MEMBERSHIP.plus(POLL.multipliedBy(3)));

        assertThat(readsByHash(client.requests.subList(before, client.requests.size()), seed.hash()))
                .as("in none of the views listed for it: read once by hash")
                .isEqualTo(1);
        watching.close();
    }

    private static long readsByHash(List<Request> requests, InfoHash hash) {
        return requests.stream()
                .flatMap(r -> r.steps().stream())
                .filter(step -> step instanceof TorrentQuery q && q.hash().equals(hash))
                .count();
    }

    @Test
    void aTorrentRemovedByAnotherClient_showsOnTheSecondPoll_becauseTheMainViewsSizeMoved() {
        var kept = torrent("kept", false);
        var removed = torrent("removed", false);
        var watching = mirror.watch();
        mirror.poll();
        pollLater();

        rtorrent.remove(removed.hash());
        Duration took = pollUntil(v -> !v.rows().containsKey(removed.hash()), Cadence.MEMBERSHIP);

        assertThat(took).isLessThanOrEqualTo(POLL.multipliedBy(2)).isLessThan(Cadence.MEMBERSHIP);
        assertThat(row(kept.hash())).isNotNull();
        watching.close();
    }

    @Test
    void aTransferringTorrentThatFinishes_movesTheCompleteView_withoutAReadOfEveryTorrentsState() {
        for (int i = 0; i < 5; i++) {
            torrent("idle" + i, false);
        }
        var downloading = torrent("downloading", true).rates(0, 5000);
        var watching = mirror.watch();
        mirror.poll();
        pollLater();
        long stateReads = mirror.reads(MainRead.STATE);

        downloading.complete(true);
        for (int i = 0; i < 4; i++) {
            pollLater();
        }

        assertThat(row(downloading.hash()).get(TorrentFields.COMPLETE)).isTrue();
        assertThat(mirror.reads(MainRead.STATE))
                .as("the poll's own read of the transferring torrent accounts for the complete view's new size")
                .isEqualTo(stateReads);
        watching.close();
    }

    @Test
    void
            aDownloadThatFinishesUnseen_betweenTwoPollsThatReadItsRateAsZero_isFoundByListingTheLeechingView_andReadWithTheActiveView() {
        for (int i = 0; i < 5; i++) {
            torrent("idle" + i, false);
        }
        var finishing = torrent("finishing", true);
        torrent("still-leeching", true);
        var watching = mirror.watch();
        mirror.poll();
        pollLater();
        long stateReads = mirror.reads(MainRead.STATE);
        int before = client.requests.size();

        finishing.complete(true); // its rate read 0 at both polls: never among the transferring ones
        for (int i = 0; i < 4; i++) {
            pollLater();
        }

        assertThat(row(finishing.hash()).get(TorrentFields.COMPLETE)).isTrue();
        assertThat(mirror.reads(MainRead.STATE))
                .as("the complete view one larger is explained by the torrent that left the leeching view")
                .isEqualTo(stateReads);
        assertThat(client.requests)
                .filteredOn(r -> lists(r).stream().anyMatch(q -> q.view().equals(new ViewName("leeching"))))
                .hasSize(1);
        assertThat(readsByHash(client.requests.subList(before, client.requests.size()), finishing.hash()))
                .as("found in the active view's list: never by hash")
                .isZero();
        watching.close();
    }

    @Test
    void
            theCheckRtorrentRunsOnAFinishedDownload_startingAndEndingUnseen_isFoundByListingTheHashingAndActiveViews_neverByHash() {
        for (int i = 0; i < 5; i++) {
            torrent("idle" + i, false);
        }
        var finishing = torrent("finishing", true);
        var watching = mirror.watch();
        mirror.poll();
        pollLater();
        long stateReads = mirror.reads(MainRead.STATE);
        int before = client.requests.size();

        finishing.complete(true).hashing(true); // rates of 0 throughout: never among the transferring ones
        for (int i = 0; i < 4; i++) {
            pollLater();
        }
        assertThat(row(finishing.hash()).get(TorrentFields.HASHING)).isTrue();
        finishing.hashing(false);
        for (int i = 0; i < 4; i++) {
            pollLater();
        }

        assertThat(row(finishing.hash()).get(TorrentFields.COMPLETE)).isTrue();
        assertThat(row(finishing.hash()).get(TorrentFields.HASHING)).isFalse();
        assertThat(row(finishing.hash()).get(TorrentFields.ACTIVE))
                .as("resumed after the check")
                .isTrue();
        assertThat(mirror.reads(MainRead.STATE))
                .as("the hashing view's moves are explained by the torrent listed entering and leaving it")
                .isEqualTo(stateReads);
        assertThat(readsByHash(client.requests.subList(before, client.requests.size()), finishing.hash()))
                .as("found in the hashing view's list during the check, in the active view's after it")
                .isZero();
        watching.close();
    }

    @Test
    void aTransferringTorrentPausedElsewhere_isReadOnceMore_andNeedsNoReadOfEveryTorrentsState() {
        torrent("idle", false);
        var seeding = torrent("seeding", true).rates(300, 0);
        var watching = mirror.watch();
        mirror.poll();
        pollLater();
        long stateReads = mirror.reads(MainRead.STATE);

        rtorrent.send(Request.of(new Command.Pause(seeding.hash())));
        seeding.rates(0, 0);
        for (int i = 0; i < 4; i++) {
            pollLater();
        }

        assertThat(row(seeding.hash()).get(TorrentFields.ACTIVE)).isFalse();
        assertThat(mirror.reads(MainRead.STATE))
                .as("the active view one smaller is explained by the torrent read once more after it left")
                .isEqualTo(stateReads);
        watching.close();
    }

    @Test
    void anIdleTorrentStoppedElsewhere_showsOnTheSecondPoll_byAReadOfEveryTorrentsState() {
        var idle = torrent("idle-seed", true);
        torrent("paused", false);
        var watching = mirror.watch();
        mirror.poll();
        pollLater();
        long stateReads = mirror.reads(MainRead.STATE);

        rtorrent.send(Request.of(new Command.Stop(idle.hash())));
        Duration took = pollUntil(v -> !v.rows().get(idle.hash()).get(TorrentFields.STATE), Cadence.MEMBERSHIP);

        assertThat(took).isLessThanOrEqualTo(POLL.multipliedBy(2));
        assertThat(mirror.reads(MainRead.STATE))
                .as("no row the mirror read explains the started view one smaller")
                .isEqualTo(stateReads + 1);
        watching.close();
    }

    @Test
    void whileNoViewSizeMoves_theStateOfEveryTorrentIsReadOnlyAtTheStateCadence() {
        for (int i = 0; i < 5; i++) {
            torrent("idle" + i, false);
        }
        torrent("seeding", true);
        var watching = mirror.watch();
        mirror.poll();
        int stateReads = 0;

        for (Duration spent = Duration.ZERO;
                spent.compareTo(Cadence.STATE.multipliedBy(2)) < 0;
                spent = spent.plus(POLL)) {
            pollLater();
            Request asked = client.last();
            if (lists(asked).stream()
                    .anyMatch(q -> q.view().equals(ViewName.MAIN)
                            && q.columns()
                                    .fields()
                                    .containsAll(List.of(
                                            TorrentFields.MESSAGE,
                                            TorrentFields.STATE,
                                            TorrentFields.COMPLETE,
                                            TorrentFields.LABEL)))) {
                stateReads++;
            }
            assertThat(asked.steps()).contains(PollPlan.FINGERPRINT);
        }

        assertThat(stateReads).isEqualTo(2);
        assertThat(mirror.reads(MainRead.STATE))
                .as("counted by kind, for /metrics")
                .isEqualTo(2);
        assertThat(mirror.reads(MainRead.FULL)).isEqualTo(1);
        watching.close();
    }

    @Test
    void aRateThatChangesJustAfterAPoll_isInTheViewWithinTwoSeconds_whenThePollTakes300Ms() {
        var busy = torrent("busy", true).rates(100, 2000);
        var watching = mirror.watch();
        mirror.poll();
        Instant changed = clock.instant(); // just after a poll read it: the worst time
        busy.rates(300, 4000);
        long before = row(busy.hash()).get(TorrentFields.UP_RATE);

        // Polls run with a fixed delay: the next one starts a period after this one ended, and its
        // answer comes one round trip later (about 300 ms with a look at 20,000 torrents).
        clock.advance(POLL);
        mirror.poll();
        clock.advance(Duration.ofMillis(300));

        assertThat(row(busy.hash()).get(TorrentFields.UP_RATE)).isNotEqualTo(before);
        assertThat(Duration.between(changed, clock.instant()))
                .as("the issue's bound for rates on a page")
                .isLessThanOrEqualTo(Duration.ofSeconds(2));
        watching.close();
    }

    @Test
    void messageOfAnIdleTorrent_showsWithinTheMembershipPeriod_andARenameWithinOneSweep() {
        var idle = torrent("idle", false);
        var watching = mirror.watch();
        mirror.poll();

        idle.message("Tracker: [Timeout was reached]");
        pollUntil(v -> !v.rows().get(idle.hash()).get(TorrentFields.MESSAGE).isEmpty(), Cadence.MEMBERSHIP.plus(POLL));
        // rTorrent names only the torrents with a message: one left out has none any more.
        idle.message("");
        pollUntil(v -> v.rows().get(idle.hash()).get(TorrentFields.MESSAGE).isEmpty(), Cadence.MEMBERSHIP.plus(POLL));

        idle.rename("renamed");
        // One sweep is 9 chunks of 4 fields, one every 100 s: the name's chunk comes round within it.
        Duration sweep = Cadence.SWEEP_CHUNK.multipliedBy(9);
        pollUntil(v -> v.rows().get(idle.hash()).get(TorrentFields.NAME).equals("renamed"), sweep.plus(POLL));
        Instant renamed = clock.instant();
        pollUntil(
                v -> !v.asOf().get(ValueClass.STATIC).isBefore(renamed),
                sweep.multipliedBy(2).plus(POLL));
        watching.close();
    }

    @Test
    void whileNothingComesOrGoes_theChangeCountStandsStill_andNoPollLooksForLoads_butMessagesAreReadEachPeriod() {
        for (int i = 0; i < 20; i++) {
            torrent("quiet-" + i, false);
        }
        var watching = mirror.watch();
        mirror.poll();
        int messageReads = 0;

        for (Duration spent = Duration.ZERO; spent.compareTo(Duration.ofMinutes(2)) < 0; spent = spent.plus(POLL)) {
            pollLater();
            Request asked = client.last();
            assertThat(lists(asked))
                    .as("a list of every hash costs rTorrent 66-100 ms at 20,000 torrents")
                    .noneMatch(q -> q.columns().fields().equals(List.of(TorrentFields.HASH)));
            assertThat(asked.steps())
                    .as("a look for loads costs rTorrent 34-40 ms at 20,000 torrents; the count one call")
                    .noneMatch(LoadedAfterQuery.class::isInstance)
                    .contains(ChangeCountQuery.READ);
            messageReads += (int) asked.steps().stream()
                    .filter(step -> step instanceof FilteredQuery q && q.filter() == FilteredQuery.Filter.WITH_MESSAGE)
                    .count();
        }

        assertThat(mirror.reads(MainRead.MEMBERSHIP)).isZero();
        assertThat(rtorrent.changeCount()).as("set up by the first poll").contains(0L);
        // 2 minutes hold 16 membership periods of 7.5 s; the state reads and sweep chunks read
        // every message anyway, so a read of the torrents with one is not needed beside them.
        int periods = (int) (Duration.ofMinutes(2).toMillis() / Cadence.MEMBERSHIP.toMillis());
        assertThat(messageReads).isBetween(periods - 4, periods);
        assertThat(mirror.view().asOf().get(ValueClass.MEMBERSHIP))
                .as("every poll that read the count unmoved is as good as a look")
                .isEqualTo(clock.instant());
        watching.close();
    }

    @Test
    void whereRtorrentRefusesTheChangeCount_eachMembershipPeriodLooksForLoadsAndMessages() {
        rtorrent.refuseChangeCount();
        for (int i = 0; i < 20; i++) {
            torrent("quiet-" + i, false);
        }
        var watching = mirror.watch();
        mirror.poll();
        int looks = 0;

        for (Duration spent = Duration.ZERO; spent.compareTo(Duration.ofMinutes(2)) < 0; spent = spent.plus(POLL)) {
            pollLater();
            Request asked = client.last();
            assertThat(asked.steps()).as("asked once, refused").noneMatch(ChangeCountQuery.class::isInstance);
            var loadLooks = asked.steps().stream()
                    .filter(LoadedAfterQuery.class::isInstance)
                    .map(LoadedAfterQuery.class::cast)
                    .toList();
            if (!loadLooks.isEmpty()) {
                looks++;
                assertThat(loadLooks)
                        .singleElement()
                        .satisfies(q -> assertThat(q.columns().fields()).containsExactly(TorrentFields.HASH));
                assertThat(asked.steps())
                        .filteredOn(step ->
                                step instanceof FilteredQuery q && q.filter() == FilteredQuery.Filter.WITH_MESSAGE)
                        .singleElement()
                        .satisfies(q -> assertThat(((FilteredQuery) q).columns().fields())
                                .containsExactly(TorrentFields.HASH, TorrentFields.MESSAGE));
            }
        }

        assertThat(mirror.reads(MainRead.MEMBERSHIP)).isZero();
        int periods = (int) (Duration.ofMinutes(2).toMillis() / Cadence.MEMBERSHIP.toMillis());
        assertThat(looks).isBetween(periods - 4, periods);
        watching.close();
    }

    @Test
    void anAddAndARemoveElsewhere_thatLeaveEveryViewsSizeAsItWas_bothShowWithinThreePolls_byTheChangeCount() {
        var old = torrent("old", false);
        torrent("stays", false);
        var watching = mirror.watch();
        mirror.poll();
        pollLater();

        var added = torrent("added", false);
        rtorrent.remove(old.hash());
        Duration took = pollUntil(
                v -> v.rows().containsKey(added.hash()) && !v.rows().containsKey(old.hash()), Duration.ofSeconds(10));

        // The count moved (poll 1), a look finds the new one (2) and reads it whole (3), the main
        // view is then one shorter than the table: a list of every hash (4) finds the one gone.
        assertThat(took).isLessThanOrEqualTo(POLL.multipliedBy(4));
        assertThat(mirror.reads(MainRead.MEMBERSHIP)).isEqualTo(1);
        watching.close();
    }

    @Test
    void whereRtorrentRefusesTheChangeCount_anAddAndARemoveThatCancelOut_bothShowWithinTenSeconds() {
        rtorrent.refuseChangeCount();
        var old = torrent("old", false);
        torrent("stays", false);
        var watching = mirror.watch();
        mirror.poll();
        // Just after a look: the worst time, a whole membership period until the next.
        pollUntil(
                v -> client.last().steps().stream().anyMatch(LoadedAfterQuery.class::isInstance),
                Duration.ofSeconds(30));

        var added = torrent("added", false);
        rtorrent.remove(old.hash());
        Duration took = pollUntil(
                v -> v.rows().containsKey(added.hash()) && !v.rows().containsKey(old.hash()), Duration.ofSeconds(10));

        assertThat(took).isLessThanOrEqualTo(Duration.ofSeconds(10));
        assertThat(mirror.reads(MainRead.MEMBERSHIP))
                .as("the main view one shorter than the table, once the new one was read: one list of hashes")
                .isEqualTo(1);
        watching.close();
    }

    @Test
    void withChangeCountingOff_rtorrentIsNeverAskedToSetItUp_evenAfterARestart_andAddsAndRemovesShowByLooks() {
        var off = TargetMirror.of(client, ChangeCounting.OFF, clock, new ManualScheduler());
        var old = torrent("old", false);
        torrent("stays", false);
        var watching = off.watch();
        off.poll();
        clock.advance(POLL);
        off.poll();
        rtorrent.restart(false);
        for (int i = 0; i < 4; i++) {
            clock.advance(POLL);
            off.poll();
        }

        var added = torrent("added", false);
        rtorrent.remove(old.hash());
        Duration took = Duration.ZERO;
        while (!(off.view().rows().containsKey(added.hash())
                && !off.view().rows().containsKey(old.hash()))) {
            assertThat(took)
                    .as("an add and a remove that cancel out, by looks alone")
                    .isLessThan(Duration.ofSeconds(10));
            clock.advance(POLL);
            took = took.plus(POLL);
            off.poll();
        }

        assertThat(client.requests)
                .as("no poll asks for the count, before or after the restart")
                .allSatisfy(r -> assertThat(r.steps()).noneMatch(ChangeCountQuery.class::isInstance));
        assertThat(rtorrent.changeCount()).isEmpty();
        assertThat(client.requests).anySatisfy(r -> assertThat(r.steps()).anyMatch(LoadedAfterQuery.class::isInstance));
        watching.close();
    }

    @Test
    void aRestartedRtorrent_forgetsTheChangeCount_andTheMirrorSetsItUpAgain() {
        torrent("kept", false);
        var watching = mirror.watch();
        mirror.poll();
        pollLater();
        rtorrent.restart(false);

        pollUntil(v -> rtorrent.changeCount().isPresent(), POLL.multipliedBy(3));
        var added = torrent("added after the restart", false);
        var removed = rtorrent.all().get(0);
        rtorrent.remove(removed.hash());
        pollUntil(
                v -> v.rows().containsKey(added.hash()) && !v.rows().containsKey(removed.hash()), POLL.multipliedBy(5));

        assertThat(client.last().steps()).contains(ChangeCountQuery.READ);
        watching.close();
    }

    @Test
    void commandsThroughTheMirror_showAtOnce_inTheSameRoundTrip() {
        var stopped = torrent("stopped", false);
        var doomed = torrent("doomed", false);
        var watching = mirror.watch();
        mirror.poll();
        long before = rtorrent.roundTrips();

        var outcomes = mirror.run(List.of(
                new Command.Start(stopped.hash()),
                new Command.SetLabel(stopped.hash(), new Label("linux")),
                new Command.Erase(doomed.hash())));

        assertThat(rtorrent.roundTrips() - before).isEqualTo(1);
        assertThat(outcomes).allMatch(Outcome.Success.class::isInstance);
        assertThat(row(stopped.hash()).get(TorrentFields.STATE)).isTrue();
        assertThat(row(stopped.hash()).get(TorrentFields.ACTIVE)).isTrue();
        assertThat(row(stopped.hash()).get(TorrentFields.LABEL)).isEqualTo(new Label("linux"));
        assertThat(mirror.view().rows()).doesNotContainKey(doomed.hash());
        watching.close();
    }

    @Test
    void aCommandOnManyTorrents_reReadsTheStateOfEveryTorrentInOneList_notEachByHash() {
        var many = new java.util.ArrayList<FakeTorrent>();
        for (int i = 0; i <= CommandRequest.REREADS_BY_HASH; i++) {
            many.add(torrent("many" + i, true));
        }
        var doomed = torrent("doomed", true);
        var watching = mirror.watch();
        mirror.poll();
        int before = client.requests.size();

        var commands = new java.util.ArrayList<Command>();
        many.forEach(t -> commands.add(new Command.Pause(t.hash())));
        commands.add(new Command.Erase(doomed.hash()));
        var outcomes = mirror.run(commands);

        assertThat(outcomes).allMatch(Outcome.Success.class::isInstance);
        assertThat(client.requests).hasSize(before + 1);
        Request sent = client.requests.get(before);
        assertThat(sent.steps()).noneMatch(TorrentQuery.class::isInstance);
        assertThat(lists(sent))
                .singleElement()
                .satisfies(list -> assertThat(list.columns().fields())
                        .contains(TorrentFields.ACTIVE)
                        .doesNotContain(TorrentFields.NAME));
        assertThat(many)
                .allSatisfy(
                        t -> assertThat(row(t.hash()).get(TorrentFields.ACTIVE)).isFalse());
        assertThat(mirror.view().rows()).doesNotContainKey(doomed.hash());
        watching.close();
    }

    @Test
    void aTorrentAddedThroughTheMirror_showsWithinTwoPolls() {
        var watching = mirror.watch();
        mirror.poll();
        var added = TestTorrent.single("added");

        mirror.run(List.of(Command.AddTorrent.of(added.source(), false)));
        pollLater();
        pollLater();

        assertThat(row(added.hash()).get(TorrentFields.NAME)).isEqualTo("added");
        watching.close();
    }

    @Test
    void withNoReaderForSixtySeconds_pollingStops_andTheFirstReadAfterIsOneFullRoundTrip() {
        var one = torrent("one", true);
        mirror.read(POLL, Duration.ofSeconds(1));
        clock.advance(Cadence.IDLE_AFTER);
        long before = rtorrent.roundTrips();

        for (int i = 0; i < 10; i++) {
            clock.advance(POLL);
            assertThat(mirror.poll()).isFalse();
        }
        assertThat(rtorrent.roundTrips()).isEqualTo(before);

        one.rename("changed while nobody watched");
        MirrorView view = mirror.read(POLL, Duration.ofSeconds(1));
        assertThat(rtorrent.roundTrips()).isEqualTo(before + 1);
        assertThat(lists(client.last()))
                .anySatisfy(q -> assertThat(q.columns().fields()).containsExactlyElementsOf(TorrentFields.ALL));
        assertThat(view.freshFor(POLL, clock.instant())).isTrue();
        assertThat(view.rows().get(one.hash()).get(TorrentFields.NAME)).isEqualTo("changed while nobody watched");
    }

    @Test
    void aLeaseOrASubscriber_keepsPollingAlive_untilClosed() {
        torrent("one", true);
        var lease = mirror.watch();
        mirror.poll();
        clock.advance(Duration.ofMinutes(5));
        assertThat(mirror.poll()).isTrue();
        lease.close();

        var subscription = mirror.subscribe(delta -> {});
        clock.advance(Duration.ofMinutes(5));
        assertThat(mirror.poll()).isTrue();
        subscription.close();

        clock.advance(Cadence.IDLE_AFTER.plusSeconds(1));
        assertThat(mirror.poll()).isFalse();
    }

    @Test
    void aReadOfAFreshView_neitherWaitsNorAsksRtorrent() {
        torrent("one", true);
        mirror.read(POLL, Duration.ofSeconds(1));
        long before = rtorrent.roundTrips();

        mirror.read(POLL, Duration.ofSeconds(1));

        assertThat(rtorrent.roundTrips()).isEqualTo(before);
    }

    @Test
    void aMirrorWithoutTheHashField_isRefusedWithAReason() {
        assertThatThrownBy(() -> new TargetMirror(
                        rtorrent, List.of(TorrentFields.NAME), Cadence.DEFAULT, clock, new ManualScheduler()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("include hash");
    }
}
