package io.pyrotorrent.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.TorrentClientException;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.Snapshot;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class CoalescingTorrentClientTest {

    private static final Request LIST = Request.of(TorrentListQuery.of(ViewName.MAIN, TorrentFields.HASH));
    private final InMemoryTorrentClient fake = new InMemoryTorrentClient();
    private final AtomicLong now = new AtomicLong();
    private final CoalescingTorrentClient client = new CoalescingTorrentClient(fake, Duration.ofMillis(500), now::get);

    @Test
    void identicalReadsInFlight_shareOneCall() throws Exception {
        var release = new CountDownLatch(1);
        var calls = new AtomicInteger();
        TorrentClient slow = request -> {
            calls.incrementAndGet();
            await(release);
            return fake.send(request);
        };
        var coalescing = new CoalescingTorrentClient(slow, Duration.ZERO);
        var pool = Executors.newFixedThreadPool(10);
        var answers = new ArrayList<CompletableFuture<Snapshot>>();
        for (int i = 0; i < 10; i++) {
            answers.add(CompletableFuture.supplyAsync(() -> coalescing.send(LIST), pool));
        }
        awaitTrue(() -> coalescing.hits() == 9);
        release.countDown();

        assertThat(answers)
                .allSatisfy(
                        a -> assertThat(a.get(5, TimeUnit.SECONDS).outcomes()).hasSize(1));
        assertThat(calls).hasValue(1);
        pool.shutdownNow();
    }

    @Test
    void aFreshEnoughAnswer_isReused_thenRefreshedWhenOld() {
        client.send(LIST);
        now.addAndGet(Duration.ofMillis(400).toNanos());
        client.send(LIST);
        now.addAndGet(Duration.ofMillis(200).toNanos());
        client.send(LIST);

        assertThat(fake.roundTrips()).isEqualTo(2);
        assertThat(client.hits()).isEqualTo(1);
    }

    @Test
    void aCommand_isNeverCoalesced_andInvalidatesWhatWasRead() {
        var torrent = fake.put(TestTorrent.unique("x").metainfo(), false);
        client.send(LIST);

        client.send(Request.of(new Command.Start(torrent.hash())));
        client.send(Request.of(new Command.Start(torrent.hash())));
        client.send(LIST);

        assertThat(fake.roundTrips()).isEqualTo(4);
        assertThat(client.hits()).isZero();
    }

    @Test
    void aFailure_reachesTheCaller_andIsNotCached() {
        fake.failWith(new ClientFailure.Unreachable("down"));
        assertThatThrownBy(() -> client.send(LIST)).isInstanceOf(TorrentClientException.class);
        fake.failWith(null);

        assertThat(client.send(LIST).outcomes()).hasSize(1);
        assertThat(fake.roundTrips()).isEqualTo(2);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitTrue(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            assertThat(System.nanoTime()).as("condition within 5 s").isLessThan(deadline);
            Thread.onSpinWait();
        }
    }
}
