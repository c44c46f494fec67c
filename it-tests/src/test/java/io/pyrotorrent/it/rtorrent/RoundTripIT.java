package io.pyrotorrent.it.rtorrent;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.rtorrent.RtorrentClient;
import io.pyrotorrent.adapter.rtorrent.transport.RoundTrip;
import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.field.FileFields;
import io.pyrotorrent.domain.model.field.PeerFields;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.field.TrackerFields;
import io.pyrotorrent.domain.model.request.ClientQuery;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.FileListQuery;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.PeerListQuery;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.domain.model.request.TorrentQuery;
import io.pyrotorrent.domain.model.request.TorrentSource;
import io.pyrotorrent.domain.model.request.TrackerListQuery;
import io.pyrotorrent.it.support.RtorrentContainer;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/** Round trips on the wire, counted by the adapter's listener, against real rTorrent. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class RoundTripIT {

    private final List<RoundTrip> roundTrips = new CopyOnWriteArrayList<>();
    private RtorrentContainer container;
    private RtorrentClient client;

    @BeforeAll
    void start() {
        container = RtorrentContainer.tcp();
        container.start();
        client = RtorrentClient.connect(container.scgiTcpUrl(), TransportSettings.defaults(), roundTrips::add);
    }

    @AfterAll
    void stop() {
        container.stop();
    }

    @BeforeEach
    void forget() {
        roundTrips.clear();
    }

    @Test
    void aWholeTorrentPage_withACommandFirst_isOneRoundTrip() {
        var torrent = TestTorrent.unique("page");
        client.send(Request.of(Command.AddTorrent.of(torrent.source(), false)));
        awaitPresent(torrent);
        roundTrips.clear();

        var request = Request.builder();
        request.add(new Command.SetLabel(torrent.hash(), io.pyrotorrent.domain.model.Label.of("page")));
        var status = request.add(ClientQuery.of(ClientFields.ALL));
        var list = request.add(TorrentListQuery.of(ViewName.MAIN, TorrentFields.ALL));
        var one = request.add(TorrentQuery.of(torrent.hash(), TorrentFields.ALL));
        request.add(FileListQuery.of(torrent.hash(), FileFields.ALL));
        request.add(PeerListQuery.of(torrent.hash(), PeerFields.ALL));
        request.add(TrackerListQuery.of(torrent.hash(), TrackerFields.ALL));
        var snapshot = client.send(request.build());

        assertThat(roundTrips).hasSize(1);
        assertThat(snapshot.outcomes()).allMatch(o -> o instanceof Outcome.Success);
        assertThat(snapshot.get(status).get(ClientFields.CLIENT_VERSION)).isEqualTo("0.9.8");
        assertThat(snapshot.get(list)).isNotEmpty();
        assertThat(snapshot.get(one).get(TorrentFields.LABEL).value()).isEqualTo("page");
    }

    @Test
    void aBulkLoadOverRtorrentsRequestLimit_isSplitAndEveryTorrentArrives() {
        var torrents = IntStream.range(0, 1500)
                .mapToObj(i -> TestTorrent.unique("split" + i))
                .toList();
        var request = Request.builder();
        torrents.forEach(t -> request.add(Command.AddTorrent.of(t.source(), false)));

        var snapshot = client.send(request.build());

        assertThat(snapshot.outcomes()).hasSize(1500).allMatch(o -> o instanceof Outcome.Success);
        assertThat(roundTrips).hasSizeGreaterThan(1).allSatisfy(rt -> {
            assertThat(rt.failure()).isEmpty();
            assertThat(rt.bytesSent()).isLessThanOrEqualTo(TransportSettings.DEFAULT_MAX_REQUEST_BYTES);
        });
        awaitPresent(torrents.get(torrents.size() - 1));
        var listed = client.send(Request.of(TorrentListQuery.of(ViewName.MAIN, TorrentFields.HASH)))
                .outcomes()
                .get(0)
                .orThrow();
        assertThat(((List<?>) listed).size()).isGreaterThanOrEqualTo(1500);
    }

    @Test
    void aTorrentFileLargerThanTheLimit_failsAloneWithAReadableReason_andIsNeverSent() {
        var small = TestTorrent.unique("beside-huge");
        var request = Request.builder();
        var huge = request.add(Command.AddTorrent.of(new TorrentSource.FileBytes(new byte[600_000]), false));
        var fine = request.add(Command.AddTorrent.of(small.source(), false));

        var snapshot = client.send(request.build());

        assertThat(snapshot.outcome(fine)).isInstanceOf(Outcome.Success.class);
        assertThat(snapshot.outcome(huge)).isInstanceOfSatisfying(Outcome.Failure.class, failure -> {
            assertThat(failure.failure()).isInstanceOf(ClientFailure.TooLarge.class);
            assertThat(failure.failure().message()).contains("rTorrent accepts at most 524288 bytes");
        });
        assertThat(roundTrips)
                .singleElement()
                .satisfies(rt -> assertThat(rt.bytesSent()).isLessThan(10_000));
    }

    private void awaitPresent(TestTorrent torrent) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!(client.send(Request.of(TorrentQuery.of(torrent.hash(), TorrentFields.HASH)))
                        .outcomes()
                        .get(0)
                instanceof Outcome.Success)) {
            assertThat(System.nanoTime()).as("waiting for " + torrent.name()).isLessThan(deadline);
            Thread.onSpinWait();
        }
    }
}
