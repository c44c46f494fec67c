package io.pyrotorrent.adapter.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class RenderGateTest {

    @Test
    void twelvePagesAtOnce_areRenderedFourAtATime_andEveryOneIsRendered() throws Exception {
        var gate = new RenderGate(4, Duration.ofSeconds(20));
        var inside = new AtomicInteger();
        var most = new AtomicInteger();
        var arrived = new CountDownLatch(12);
        var pool = Executors.newFixedThreadPool(12);
        try {
            var pages = new ArrayList<Future<String>>();
            for (int i = 0; i < 12; i++) {
                int page = i;
                pages.add(pool.submit(() -> {
                    arrived.countDown();
                    return gate.render(() -> {
                                most.accumulateAndGet(inside.incrementAndGet(), Math::max);
                                try {
                                    // Each page stays inside until all twelve have asked for a turn.
                                    arrived.await(10, TimeUnit.SECONDS);
                                    Thread.sleep(20);
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                                inside.decrementAndGet();
                                return "page " + page;
                            })
                            .orElseThrow();
                }));
            }
            for (int i = 0; i < 12; i++) {
                assertThat(pages.get(i).get(20, TimeUnit.SECONDS)).isEqualTo("page " + i);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(most.get()).isEqualTo(4);
    }

    @Test
    void aPageThatGetsNoTurnWithinTheWait_isNotRendered_andTheGateStaysUsable() throws Exception {
        var gate = new RenderGate(1, Duration.ofMillis(100));
        var holding = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        var pool = Executors.newSingleThreadExecutor();
        try {
            pool.submit(() -> gate.render(() -> {
                holding.countDown();
                try {
                    release.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "slow";
            }));
            assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();

            assertThat(gate.render(() -> "too late")).isEmpty();

            release.countDown();
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(gate.render(() -> "next")).contains("next");
    }
}
