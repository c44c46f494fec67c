package io.pyrotorrent.domain.mirror;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.domain.fake.FakeTorrent;
import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestClock;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
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
    void everyLaterPoll_isOneRoundTrip_readingMovingValuesOfTheActiveViewOnly() {
        torrent("paused", false);
        torrent("seeding", true);
        var watching = mirror.watch();
        mirror.poll();
        long before = rtorrent.roundTrips();

        for (int i = 0; i < 200; i++) {
            pollLater();
            Request asked = client.last();
            assertThat(lists(asked))
                    .anySatisfy(q -> {
                        assertThat(q.view().value()).isEqualTo("active");
                        assertThat(q.columns().fields()).contains(TorrentFields.UP_RATE);
                    })
                    .allSatisfy(q -> assertThat(q.columns().fields().size()).isLessThan(TorrentFields.ALL.size()));
        }

        assertThat(rtorrent.roundTrips() - before).isEqualTo(200);
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
    void torrentsAddedAndRemovedByAnotherClient_showWithinTenSeconds() {
        var old = torrent("old", false);
        var watching = mirror.watch();
        mirror.poll();
        pollLater();

        var added = torrent("added", false);
        rtorrent.remove(old.hash());

        Duration took = pollUntil(
                v -> v.rows().containsKey(added.hash()) && !v.rows().containsKey(old.hash()), Duration.ofSeconds(10));
        assertThat(took).isLessThanOrEqualTo(Duration.ofSeconds(10));
        assertThat(row(added.hash()).get(TorrentFields.NAME)).isEqualTo("added");
        watching.close();
    }

    @Test
    void messageOfAnIdleTorrent_showsWithinTheStateCadence_andARenameWithinOneSweep() {
        var idle = torrent("idle", false);
        var watching = mirror.watch();
        mirror.poll();

        idle.message("Tracker: [Timeout was reached]");
        pollUntil(v -> !v.rows().get(idle.hash()).get(TorrentFields.MESSAGE).isEmpty(), Cadence.STATE.plus(POLL));

        Instant renamed = clock.instant();
        idle.rename("renamed");
        pollUntil(v -> !v.asOf().get(ValueClass.STATIC).isBefore(renamed), Duration.ofMinutes(6));
        assertThat(row(idle.hash()).get(TorrentFields.NAME)).isEqualTo("renamed");
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
