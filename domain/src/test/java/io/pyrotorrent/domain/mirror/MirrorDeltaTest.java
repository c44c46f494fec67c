package io.pyrotorrent.domain.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestClock;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.TorrentFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MirrorDeltaTest {

    private final InMemoryTorrentClient rtorrent = new InMemoryTorrentClient();
    private final TestClock clock = new TestClock();
    private final TargetMirror mirror = TargetMirror.of(rtorrent, clock, new ManualScheduler());
    private final List<MirrorDelta> deltas = new ArrayList<>();

    private void pollLater() {
        clock.advance(Cadence.DEFAULT.poll());
        mirror.poll();
    }

    @Test
    void eachPoll_publishesWhatWasAddedChangedAndRemoved_withTheFieldsThatChanged() {
        var seeding = rtorrent.put(TestTorrent.single("seeding").metainfo(), true);
        var other = rtorrent.put(TestTorrent.single("other").metainfo(), false);
        var subscription = mirror.subscribe(deltas::add);

        mirror.poll();
        seeding.rates(500, 0);
        pollLater();
        pollLater(); // nothing changed: no delta
        rtorrent.remove(other.hash());
        for (int i = 0; i < 5 && deltas.size() < 3; i++) {
            pollLater();
        }

        assertThat(deltas).hasSize(3);
        assertThat(deltas.get(0).added())
                .extracting(r -> r.get(TorrentFields.HASH))
                .containsExactly(seeding.hash(), other.hash());
        assertThat(deltas.get(1).changed()).singleElement().satisfies(c -> {
            assertThat(c.row().get(TorrentFields.UP_RATE)).isEqualTo(500L);
            assertThat(c.fields()).isEqualTo(Set.<Field<?>>of(TorrentFields.UP_RATE));
        });
        assertThat(deltas.get(2).removed()).containsExactly(other.hash());
        assertThat(deltas).extracting(MirrorDelta::version).containsExactly(1L, 2L, 3L);
        assertThat(mirror.view().version()).isEqualTo(3);
        subscription.close();
    }

    @Test
    void aSubscriberThatThrows_isDropped_andTheOthersAreStillTold() {
        rtorrent.put(TestTorrent.single("one").metainfo(), true);
        var bad = mirror.subscribe(d -> {
            throw new IllegalStateException("broken stream");
        });
        var good = mirror.subscribe(deltas::add);

        mirror.poll();
        rtorrent.all().get(0).rates(1, 1);
        pollLater();

        assertThat(deltas).hasSize(2);
        bad.close();
        good.close();
    }

    @Test
    void valueClasses_sortEveryFieldByHowOftenItChanges() {
        assertThat(ValueClass.of(TorrentFields.UP_RATE)).isEqualTo(ValueClass.MOVING);
        assertThat(ValueClass.of(TorrentFields.BYTES_DONE)).isEqualTo(ValueClass.MOVING);
        assertThat(ValueClass.of(TorrentFields.MESSAGE)).isEqualTo(ValueClass.STATE);
        assertThat(ValueClass.of(TorrentFields.ACTIVE)).isEqualTo(ValueClass.STATE);
        assertThat(ValueClass.of(TorrentFields.NAME)).isEqualTo(ValueClass.STATIC);
        assertThat(ValueClass.of(TorrentFields.HASH)).isEqualTo(ValueClass.STATIC);
    }
}
