package io.pyrotorrent.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.mirror.Cadence;
import io.pyrotorrent.domain.mirror.Lease;
import io.pyrotorrent.domain.mirror.MirrorScheduler;
import io.pyrotorrent.domain.mirror.TargetMirror;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.Snapshot;
import io.pyrotorrent.domain.model.watch.TorrentEvent;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WatchServiceFromMirrorTest {

    private static final TargetName BOX = TargetName.of("box");
    private static final Cadence QUICK = new Cadence(
            Duration.ofMillis(50),
            Duration.ofMillis(100),
            Duration.ofMillis(200),
            Duration.ofSeconds(30),
            4,
            Duration.ofSeconds(60),
            50);

    private final InMemoryTorrentClient rtorrent = new InMemoryTorrentClient();
    private final ScheduledExecutorService threads = Executors.newScheduledThreadPool(2);
    private final TargetMirror mirror =
            new TargetMirror(rtorrent, TorrentFields.ALL, QUICK, Clock.systemUTC(), MirrorScheduler.on(threads));
    /** What readers would ask rTorrent directly: a stream fed by the mirror never does. */
    private final AtomicInteger directReads = new AtomicInteger();

    private final TorrentClient direct = new TorrentClient() {
        @Override
        public Snapshot send(Request request) {
            directReads.incrementAndGet();
            return rtorrent.send(request);
        }
    };
    private final WatchService watch =
            new WatchService(new Targets(Map.of(BOX, direct), Map.of(BOX, mirror)), threads, Duration.ofMillis(50));
    private final Lease polling = mirror.start();

    @AfterEach
    void stop() {
        polling.close();
        threads.shutdownNow();
    }

    @Test
    void streamsOfAMirroredTarget_followTheMirror_andNeverAskRtorrentThemselves() throws Exception {
        var torrent = rtorrent.put(TestTorrent.single("moving").metainfo(), true);
        BlockingQueue<TorrentEvent> main = new LinkedBlockingQueue<>();
        BlockingQueue<TorrentEvent> seeding = new LinkedBlockingQueue<>();
        List<Field<?>> fields = List.of(TorrentFields.NAME, TorrentFields.UP_RATE);

        var one = watch.watch(Principal.LOCAL, BOX, ViewName.MAIN, fields, main::add);
        var two = watch.watch(Principal.LOCAL, BOX, new ViewName("started"), fields, seeding::add);
        assertThat(main.poll(5, TimeUnit.SECONDS)).isInstanceOf(TorrentEvent.Full.class);
        assertThat(seeding.poll(5, TimeUnit.SECONDS)).isInstanceOf(TorrentEvent.Full.class);
        torrent.rates(900, 0);

        TorrentEvent change = null;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (System.nanoTime() < deadline) {
            change = main.poll(100, TimeUnit.MILLISECONDS);
            if (change instanceof TorrentEvent.Changes c && c.changed().containsKey(torrent.hash())) {
                break;
            }
        }
        assertThat(change)
                .isInstanceOfSatisfying(
                        TorrentEvent.Changes.class,
                        c -> assertThat(c.changed().get(torrent.hash())).containsEntry(TorrentFields.UP_RATE, 900L));
        assertThat(directReads).hasValue(0);
        assertThat(watch.activePolls()).isEqualTo(2);
        one.close();
        two.close();
        assertThat(watch.activePolls()).isZero();
    }
}
