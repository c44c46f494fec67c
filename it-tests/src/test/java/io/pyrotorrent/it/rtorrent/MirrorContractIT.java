package io.pyrotorrent.it.rtorrent;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.rtorrent.RtorrentClient;
import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.mirror.Cadence;
import io.pyrotorrent.domain.mirror.Lease;
import io.pyrotorrent.domain.mirror.MirrorScheduler;
import io.pyrotorrent.domain.mirror.MirrorView;
import io.pyrotorrent.domain.mirror.TargetMirror;
import io.pyrotorrent.domain.mirror.ValueClass;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TorrentPriority;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.domain.model.request.TorrentQuery;
import io.pyrotorrent.domain.port.out.TorrentClient;
import io.pyrotorrent.it.support.RtorrentContainer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * The mirror against real rTorrent 0.9.8: torrents changed behind its back (labels, priorities,
 * open/close, loads and erases by another client) and, after one sweep, equal to a fresh full read.
 * Torrents stay unstarted, so no tracker message can change between the two reads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class MirrorContractIT {

    /** Every cadence at its shortest: each poll() reads what is due, with no waiting between. */
    private static final Duration NOW = Duration.ofMillis(1);

    private static final Cadence EAGER = new Cadence(NOW, NOW, NOW, NOW, 4, Duration.ofMinutes(10), 50);

    private RtorrentContainer container;
    private TorrentClient client;

    @BeforeAll
    void startRtorrent() {
        container = RtorrentContainer.tcp();
        container.start();
        client = RtorrentClient.connect(container.scgiTcpUrl(), TransportSettings.defaults(), trip -> {});
    }

    @AfterAll
    void stopRtorrent() {
        if (container != null) {
            container.stop();
        }
    }

    @Test
    void changesBehindTheMirrorsBack_areAllInItAfterOneSweep() throws Exception {
        var torrents =
                List.of(TestTorrent.unique("mirror-a"), TestTorrent.unique("mirror-b"), TestTorrent.unique("mirror-c"));
        torrents.forEach(t -> load(t.source()));
        var mirror = new TargetMirror(client, TorrentFields.ALL, EAGER, Clock.systemUTC(), noSchedule());
        try (Lease watching = mirror.watch()) {
            mirror.poll();
            assertThat(mirror.view().rows()).containsKeys(hashes(torrents));

            var late = TestTorrent.unique("mirror-late");
            load(late.source());
            send(new Command.SetLabel(torrents.get(0).hash(), new Label("behind its back")));
            send(new Command.SetTorrentPriority(torrents.get(1).hash(), TorrentPriority.HIGH));
            send(new Command.Open(torrents.get(2).hash()));
            send(new Command.Erase(torrents.get(1).hash()));

            Instant quiet = Instant.now();
            MirrorView view = mirror.view();
            for (int polls = 0; polls < 100 && !sweptSince(view, quiet); polls++) {
                mirror.poll();
                view = mirror.view();
            }

            assertThat(sweptSince(view, quiet)).as("a full sweep in 100 polls").isTrue();
            assertThat(view.rows()).isEqualTo(freshRead());
            assertThat(view.rows())
                    .containsKey(late.hash())
                    .doesNotContainKey(torrents.get(1).hash());
            assertThat(view.rows().get(torrents.get(0).hash()).get(TorrentFields.LABEL))
                    .isEqualTo(new Label("behind its back"));
        }
    }

    private static boolean sweptSince(MirrorView view, Instant quiet) {
        return !view.stale()
                && view.asOf().containsKey(ValueClass.STATIC)
                && !view.asOf().get(ValueClass.STATIC).isBefore(quiet)
                && !view.asOf().get(ValueClass.MEMBERSHIP).isBefore(quiet);
    }

    private Map<InfoHash, Row> freshRead() {
        var rows = new LinkedHashMap<InfoHash, Row>();
        var steps = Request.builder();
        var all = steps.add(TorrentListQuery.of(ViewName.MAIN, TorrentFields.ALL));
        client.send(steps.build()).get(all).forEach(r -> rows.put(r.get(TorrentFields.HASH), r));
        return rows;
    }

    private void send(Command command) {
        client.send(Request.of(command)).outcomes().get(0).orThrow();
    }

    /** load.raw only queues the load: wait, with a deadline, until rTorrent lists it. */
    private void load(io.pyrotorrent.domain.model.request.TorrentSource.FileBytes source) {
        send(Command.AddTorrent.of(source, false));
        InfoHash hash = io.pyrotorrent.domain.model.metainfo.Metainfo.parse(source.bytes())
                .hash();
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!(client.send(Request.of(TorrentQuery.of(hash, TorrentFields.HASH)))
                        .outcomes()
                        .get(0)
                instanceof Outcome.Success)) {
            assertThat(System.nanoTime()).as(hash + " to appear").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }

    private static InfoHash[] hashes(List<TestTorrent> torrents) {
        return torrents.stream().map(TestTorrent::hash).toArray(InfoHash[]::new);
    }

    /** The test drives every poll itself. */
    private static MirrorScheduler noSchedule() {
        return new io.pyrotorrent.domain.fake.DrivenScheduler();
    }
}
