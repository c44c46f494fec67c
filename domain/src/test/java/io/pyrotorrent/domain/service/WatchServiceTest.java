package io.pyrotorrent.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.listing.TorrentState;
import io.pyrotorrent.domain.model.watch.TorrentEvent;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class WatchServiceTest {

    private final InMemoryTorrentClient client = new InMemoryTorrentClient();
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor();
    private final WatchService watch = new WatchService(
            new Targets(Map.<TargetName, TorrentClient>of(TargetName.of("box"), client)),
            scheduler,
            Duration.ofMillis(50));

    @AfterEach
    void stop() {
        scheduler.shutdownNow();
    }

    @Test
    void twoListeners_shareOnePoll_eachGetsAFullSnapshotThenOnlyTheChanges() throws Exception {
        var stopped = client.put(TestTorrent.unique("a").metainfo(), false);
        BlockingQueue<TorrentEvent> first = new LinkedBlockingQueue<>();
        BlockingQueue<TorrentEvent> second = new LinkedBlockingQueue<>();
        var fields = List.<io.pyrotorrent.domain.model.field.Field<?>>of(TorrentFields.NAME, TorrentFields.STATE);

        var one = watch.watch(Principal.LOCAL, TargetName.of("box"), ViewName.MAIN, fields, first::add);
        var two = watch.watch(Principal.LOCAL, TargetName.of("box"), ViewName.MAIN, fields, second::add);
        assertThat(next(first)).isInstanceOf(TorrentEvent.Full.class);
        assertThat(next(second)).isInstanceOf(TorrentEvent.Full.class);
        long pollsBefore = client.roundTrips();
        client.send(io.pyrotorrent.domain.model.request.Request.of(
                new io.pyrotorrent.domain.model.request.Command.Start(stopped.hash())));
        var added = client.put(TestTorrent.unique("b").metainfo(), false);

        var seen = awaitBoth(first, stopped.hash(), added.hash());
        assertThat(watch.activePolls()).isEqualTo(1);
        assertThat(seen).containsExactly(true, true);
        assertThat(client.roundTrips() - pollsBefore).isLessThan(20);

        one.close();
        two.close();
        assertThat(watch.activePolls()).isZero();
    }

    @Test
    void aChangeOfOneStateFlag_carriesEveryWatchedStateFlag_soListenersKeepNoCopyOfThem() throws Exception {
        var stopped = client.put(TestTorrent.unique("a").metainfo(), false);
        BlockingQueue<TorrentEvent> events = new LinkedBlockingQueue<>();
        var fields = List.<io.pyrotorrent.domain.model.field.Field<?>>of(
                TorrentFields.NAME,
                TorrentFields.STATE,
                TorrentFields.ACTIVE,
                TorrentFields.COMPLETE,
                TorrentFields.HASHING,
                TorrentFields.HASHING_FAILED);
        try (var subscription =
                watch.watch(Principal.LOCAL, TargetName.of("box"), ViewName.MAIN, fields, events::add)) {
            assertThat(next(events)).isInstanceOf(TorrentEvent.Full.class);

            client.send(io.pyrotorrent.domain.model.request.Request.of(
                    new io.pyrotorrent.domain.model.request.Command.Start(stopped.hash())));

            Map<io.pyrotorrent.domain.model.field.Field<?>, Object> changed = Map.of();
            while (changed.isEmpty()) {
                if (next(events) instanceof TorrentEvent.Changes changes) {
                    changed = changes.changed().getOrDefault(stopped.hash(), Map.of());
                }
            }
            assertThat(changed.keySet()).containsAll(TorrentState.FIELDS).doesNotContain(TorrentFields.NAME);
            assertThat(changed.get(TorrentFields.STATE)).isEqualTo(true);
        }
    }

    @Test
    void aFailingInstance_isReported_andTheNextSuccessIsAFullSnapshotAgain() throws Exception {
        BlockingQueue<TorrentEvent> events = new LinkedBlockingQueue<>();
        try (var subscription = watch.watch(
                Principal.LOCAL, TargetName.of("box"), ViewName.MAIN, List.of(TorrentFields.NAME), events::add)) {
            assertThat(next(events)).isInstanceOf(TorrentEvent.Full.class);
            client.failWith(new ClientFailure.Unreachable("gone"));
            assertThat(skipTo(events, TorrentEvent.Failed.class)).isNotNull();
            client.failWith(null);
            assertThat(skipTo(events, TorrentEvent.Full.class)).isNotNull();
        }
    }

    private static TorrentEvent next(BlockingQueue<TorrentEvent> events) throws InterruptedException {
        TorrentEvent event = events.poll(5, TimeUnit.SECONDS);
        assertThat(event).as("an event within 5 s").isNotNull();
        return event;
    }

    /** Reads Changes events until one torrent was seen started and the other added. */
    private static List<Boolean> awaitBoth(
            BlockingQueue<TorrentEvent> events,
            io.pyrotorrent.domain.model.InfoHash started,
            io.pyrotorrent.domain.model.InfoHash added)
            throws InterruptedException {
        boolean sawStart = false;
        boolean sawAdd = false;
        while (!(sawStart && sawAdd)) {
            if (next(events) instanceof TorrentEvent.Changes changes) {
                sawStart |= Boolean.TRUE.equals(
                        changes.changed().getOrDefault(started, Map.of()).get(TorrentFields.STATE));
                sawAdd |= changes.added().stream()
                        .anyMatch(r -> r.get(TorrentFields.HASH).equals(added));
            }
        }
        return List.of(sawStart, sawAdd);
    }

    private static TorrentEvent skipTo(BlockingQueue<TorrentEvent> events, Class<?> type) throws InterruptedException {
        while (true) {
            TorrentEvent event = next(events);
            if (type.isInstance(event)) {
                return event;
            }
        }
    }
}
