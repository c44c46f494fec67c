package io.pyrotorrent.domain.mirror;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestClock;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.LoadedAfterQuery;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.domain.model.request.TorrentQuery;
import io.pyrotorrent.domain.model.request.TorrentSource;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** After an add through pyroTorrent, the mirror reads just the added torrents, not every torrent. */
class MirrorAddTest {

    private final InMemoryTorrentClient fake = new InMemoryTorrentClient();
    private final RecordingClient rtorrent = new RecordingClient(fake);
    private final TestClock clock = new TestClock();
    private final TargetMirror mirror = TargetMirror.of(rtorrent, clock, new ManualScheduler());

    @Test
    void anAddedTorrentFile_isReadWholeByLoadDateInTheNextRead_notByHash_andTheReaderSeesIt() {
        fake.put(TestTorrent.single("old").metainfo(), false);
        mirror.read(Duration.ofSeconds(3), Duration.ofSeconds(1));
        var added = TestTorrent.single("added");

        mirror.run(List.of(Command.AddTorrent.of(added.source(), false)));
        assertThat(mirror.view().stale())
                .as("stale until the added torrent is read")
                .isTrue();
        int before = rtorrent.requests.size();
        var view = mirror.read(Duration.ofSeconds(3), Duration.ofSeconds(1));

        assertThat(view.rows()).containsKey(added.hash());
        assertThat(view.stale()).isFalse();
        var poll = rtorrent.requests.get(before);
        assertThat(poll.steps())
                .as("what rTorrent loaded since the last look, every field: one pass, not a walk per value")
                .anyMatch(s -> s instanceof LoadedAfterQuery look
                        && look.columns().fields().contains(TorrentFields.NAME))
                .noneMatch(TorrentQuery.class::isInstance);
        assertThat(poll.steps())
                .as("no list of every torrent with every field")
                .noneMatch(s -> s instanceof TorrentListQuery list
                        && list.columns().fields().contains(TorrentFields.NAME));
    }

    @Test
    void aTorrentByUrl_hasNoHashBeforeRtorrentFetchesIt_soTheNextPollReadsEverything() {
        fake.put(TestTorrent.single("old").metainfo(), false);
        mirror.read(Duration.ofSeconds(3), Duration.ofSeconds(1));

        try {
            mirror.run(List.of(
                    Command.AddTorrent.of(new TorrentSource.Url(URI.create("http://192.0.2.1/x.torrent")), false)));
        } catch (RuntimeException refusedByTheFake) {
            // the fake may refuse to fetch; what matters is what the mirror asks next
        }
        int before = rtorrent.requests.size();
        clock.advance(Cadence.DEFAULT.poll());
        mirror.poll();

        assertThat(rtorrent.requests.get(before).steps())
                .anyMatch(s -> s instanceof TorrentListQuery list
                        && list.columns().fields().contains(TorrentFields.NAME));
    }
}
