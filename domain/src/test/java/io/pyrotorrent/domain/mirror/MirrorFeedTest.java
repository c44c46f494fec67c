package io.pyrotorrent.domain.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestClock;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.watch.TorrentEvent;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class MirrorFeedTest {

    private static final List<Field<?>> RATES = List.of(TorrentFields.HASH, TorrentFields.UP_RATE);

    private final InMemoryTorrentClient fake = new InMemoryTorrentClient();
    private final RecordingClient rtorrent = new RecordingClient(fake);
    private final TestClock clock = new TestClock();
    private final TargetMirror mirror = TargetMirror.of(rtorrent, clock, new ManualScheduler());

    private void pollLater() {
        clock.advance(Cadence.DEFAULT.poll());
        mirror.poll();
    }

    private MirrorFeed feed(String view, List<Field<?>> fields) {
        return MirrorFeed.of(mirror, new ViewName(view), fields).orElseThrow();
    }

    @Test
    void aListener_hearsAFullFromTheMirror_thenOnlyWhatThePollChanged() {
        var seeding = fake.put(TestTorrent.single("seeding").metainfo(), true);
        fake.put(TestTorrent.single("idle").metainfo(), false);
        List<TorrentEvent> heard = new ArrayList<>();

        feed("main", RATES).add(heard::add);
        seeding.rates(700, 0);
        pollLater();

        assertThat(heard).hasSize(2);
        assertThat(((TorrentEvent.Full) heard.get(0)).torrents()).hasSize(2);
        var changes = (TorrentEvent.Changes) heard.get(1);
        assertThat(changes.changed()).containsOnlyKeys(seeding.hash());
        assertThat(changes.changed().get(seeding.hash())).containsEntry(TorrentFields.UP_RATE, 700L);
        assertThat(changes.client().get(ClientFields.UP_RATE)).isNotNull();
    }

    @Test
    void listenersArrivingBetweenTwoPolls_shareOneSnapshot_andAPollThatChangedRowsMakesANewOne() {
        var seeding = fake.put(TestTorrent.single("seeding").metainfo(), true);
        fake.put(TestTorrent.single("idle").metainfo(), false);
        MirrorFeed feed = feed("main", RATES);
        List<TorrentEvent> first = new ArrayList<>();
        feed.add(first::add);
        pollLater();
        List<TorrentEvent> second = new ArrayList<>();
        List<TorrentEvent> third = new ArrayList<>();

        feed.add(second::add);
        feed.add(third::add);
        seeding.rates(900, 0);
        pollLater();
        List<TorrentEvent> fourth = new ArrayList<>();
        feed.add(fourth::add);

        assertThat(second.get(0)).isInstanceOf(TorrentEvent.Full.class).isSameAs(third.get(0));
        var later = (TorrentEvent.Full) fourth.get(0);
        assertThat(later).isNotSameAs(second.get(0));
        assertThat(later.torrents())
                .filteredOn(r -> r.get(TorrentFields.HASH).equals(seeding.hash()))
                .singleElement()
                .satisfies(r -> assertThat(r.get(TorrentFields.UP_RATE)).isEqualTo(900L));
    }

    @Test
    void tenListenersOfDifferentViewsAndFields_costRtorrentWhatTheMirrorsPollsCost() {
        var one = fake.put(TestTorrent.single("one").metainfo(), true);
        fake.put(TestTorrent.single("two").metainfo(), false);
        List<TorrentEvent> heard = new ArrayList<>();
        feed("main", RATES).add(heard::add);
        pollLater();
        int alone = countPolls(one);

        String[] views = {"main", "started", "stopped", "seeding", "leeching", "complete", "incomplete", "default"};
        for (String view : views) {
            feed(view, List.of(TorrentFields.HASH, TorrentFields.NAME, TorrentFields.STATE))
                    .add(e -> {});
        }
        feed("main", List.of(TorrentFields.HASH, TorrentFields.DOWN_RATE)).add(e -> {});

        assertThat(countPolls(one)).isEqualTo(alone);
        assertThat(heard).isNotEmpty();
    }

    /** Requests rTorrent gets for three polls, each with a change to tell. */
    private int countPolls(io.pyrotorrent.domain.fake.FakeTorrent moving) {
        int before = rtorrent.requests.size();
        for (int i = 1; i <= 3; i++) {
            moving.rates(i * 100L, 0);
            pollLater();
        }
        return rtorrent.requests.size() - before;
    }

    @Test
    void aTorrentStoppedBehindOurBack_leavesTheStartedView_andJoinsTheStoppedOne() {
        var torrent = fake.put(TestTorrent.single("moving").metainfo(), true);
        List<TorrentEvent> started = new ArrayList<>();
        List<TorrentEvent> stopped = new ArrayList<>();
        feed("started", RATES).add(started::add);
        feed("stopped", RATES).add(stopped::add);

        fake.send(Request.of(new Command.Stop(torrent.hash())));
        for (int i = 0; i < 20 && !(last(stopped) instanceof TorrentEvent.Changes); i++) {
            pollLater();
        }

        assertThat(((TorrentEvent.Full) started.get(0)).torrents()).hasSize(1);
        assertThat(((TorrentEvent.Full) stopped.get(0)).torrents()).isEmpty();
        assertThat(started)
                .filteredOn(TorrentEvent.Changes.class::isInstance)
                .map(e -> ((TorrentEvent.Changes) e).removed())
                .contains(List.of(torrent.hash()));
        assertThat(((TorrentEvent.Changes) last(stopped)).added())
                .extracting(r -> r.get(TorrentFields.HASH))
                .containsExactly(torrent.hash());
    }

    @Test
    void aFailingTarget_isTold_andTheFirstGoodPollStartsOverWithAFull() {
        fake.put(TestTorrent.single("one").metainfo(), true);
        List<TorrentEvent> heard = new ArrayList<>();
        feed("main", RATES).add(heard::add);

        fake.failWith(new ClientFailure.Unreachable("connection refused"));
        pollLater();
        fake.failWith(null);
        InfoHash added = fake.put(TestTorrent.single("two").metainfo(), false).hash();
        pollLater();

        assertThat(heard).extracting(e -> e.getClass().getSimpleName()).containsExactly("Full", "Failed", "Full");
        assertThat(((TorrentEvent.Full) heard.get(2)).torrents())
                .extracting(r -> r.get(TorrentFields.HASH))
                .contains(added);
    }

    @Test
    void aCommandThatAlsoAdds_isHeard_thoughTheViewIsStaleUntilTheAddedTorrentIsRead() {
        var running = fake.put(TestTorrent.single("running").metainfo(), true);
        List<TorrentEvent> heard = new ArrayList<>();
        feed("main", List.of(TorrentFields.HASH, TorrentFields.STATE)).add(heard::add);
        var added = TestTorrent.single("added");

        mirror.run(List.of(Command.AddTorrent.of(added.source(), false), new Command.Stop(running.hash())));
        pollLater();

        var changes = heard.stream()
                .filter(TorrentEvent.Changes.class::isInstance)
                .map(TorrentEvent.Changes.class::cast)
                .toList();
        assertThat(changes)
                .anySatisfy(c -> assertThat(c.changed()).containsKey(running.hash()))
                .anySatisfy(c -> assertThat(c.added())
                        .extracting(r -> r.get(TorrentFields.HASH))
                        .contains(added.hash()));
    }

    @Test
    void aViewTheMirrorCannotDerive_hasNoFeed_andIsPolledLiveInstead() {
        assertThat(MirrorFeed.of(mirror, new ViewName("from-rtorrent-rc"), RATES))
                .isEmpty();
    }

    private static TorrentEvent last(List<TorrentEvent> events) {
        return events.isEmpty() ? null : events.get(events.size() - 1);
    }
}
