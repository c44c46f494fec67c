package io.pyrotorrent.domain.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.domain.fake.TestClock;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.UnknownTargetException;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.rates.RateSample;
import io.pyrotorrent.domain.model.rates.RateSeries;
import io.pyrotorrent.domain.service.Access;
import io.pyrotorrent.domain.service.Targets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RateServiceTest {

    private static final TargetName ONE = TargetName.of("one");
    private static final TargetName TWO = TargetName.of("two");
    private static final Principal ONLY_ONE = new Principal("alice", false, Set.of(ONE));

    private final TestClock clock = new TestClock();
    private final RatesClient one = new RatesClient();
    private final RatesClient two = new RatesClient();
    private final RateHistory history = RateHistory.tenMinutes();
    private final Targets targets = targets();
    private final RateSampler sampler = new RateSampler(targets, history, clock, Runnable::run);
    private final RateService service = new RateService(new Access(targets), history, sampler, clock);

    private Targets targets() {
        var clients = new LinkedHashMap<TargetName, io.pyrotorrent.domain.port.out.TorrentClient>();
        clients.put(ONE, one);
        clients.put(TWO, two);
        return new Targets(clients);
    }

    @Test
    void whileSomebodyLooks_eachTickRecordsEachTargetsRates_andTheTotalAddsThemUp() {
        one.global(1000, 100);
        two.global(3000, 300);
        service.rates(Principal.LOCAL);

        sampler.tick();
        clock.advance(Duration.ofSeconds(2));
        one.global(2000, 200);
        sampler.tick();

        var rates = service.rates(Principal.LOCAL);
        assertThat(rates.targets()).extracting(RateSeries::name).containsExactly("one", "two");
        assertThat(rates.targets().get(0).samples())
                .extracting(RateSample::down)
                .containsExactly(1000L, 2000L);
        assertThat(rates.total().samples()).extracting(RateSample::down).containsExactly(4000L, 5000L);
        assertThat(rates.total().samples()).extracting(RateSample::up).containsExactly(400L, 500L);
    }

    @Test
    void whenNobodyLooked_aTickAsksNoTarget() {
        sampler.tick();

        assertThat(one.requests).isZero();
        assertThat(history.target(ONE, clock.instant())).isEmpty();
    }

    @Test
    void sampling_stopsOnceNobodyLookedForThirtySeconds() {
        service.rates(Principal.LOCAL);
        clock.advance(RateSampler.IDLE_AFTER.plusSeconds(1));

        sampler.tick();

        assertThat(one.requests).isZero();
    }

    @Test
    void aCallerSeesOnlyItsTargets_andTheTotalOfThoseOnly() {
        one.global(1000, 100);
        two.global(3000, 300);
        service.rates(ONLY_ONE);
        sampler.tick();

        var rates = service.rates(ONLY_ONE);

        assertThat(rates.targets()).extracting(RateSeries::name).containsExactly("one");
        assertThat(rates.total().samples()).extracting(RateSample::down).containsExactly(1000L);
    }

    @Test
    void anotherUsersTarget_answersLikeAMissingOne() {
        InfoHash hash = TestTorrent.randomHash();

        assertThatThrownBy(() -> service.torrentRates(ONLY_ONE, TWO, hash)).isInstanceOf(UnknownTargetException.class);
        assertThatThrownBy(() -> service.torrentRates(ONLY_ONE, TargetName.of("nowhere"), hash))
                .isInstanceOf(UnknownTargetException.class);
    }

    @Test
    void movingTorrentsAreKept_idleOnesOnlyWhileTheirDetailsAreOpen() {
        InfoHash moving = TestTorrent.randomHash();
        InfoHash idle = TestTorrent.randomHash();
        InfoHash open = TestTorrent.randomHash();
        one.torrent(moving, 500, 50).torrent(idle, 0, 0).torrent(open, 0, 0);
        service.torrentRates(Principal.LOCAL, ONE, open);

        sampler.tick();

        assertThat(service.torrentRates(Principal.LOCAL, ONE, moving).samples())
                .containsExactly(new RateSample(clock.instant(), 500, 50));
        assertThat(service.torrentRates(Principal.LOCAL, ONE, open).samples())
                .containsExactly(new RateSample(clock.instant(), 0, 0));
        assertThat(history.moving(ONE, idle)).isFalse();
        assertThat(history.torrentsKept()).isEqualTo(2);
    }

    @Test
    void aTorrentThatStopsMoving_getsOneZero_thenNoMore() {
        InfoHash hash = TestTorrent.randomHash();
        one.torrent(hash, 500, 50);
        service.rates(Principal.LOCAL);
        sampler.tick();

        one.torrents.clear();
        one.torrent(hash, 0, 0);
        for (int i = 0; i < 3; i++) {
            clock.advance(Duration.ofSeconds(2));
            sampler.tick();
        }

        assertThat(history.torrent(ONE, hash, clock.instant()))
                .extracting(RateSample::down)
                .containsExactly(500L, 0L);
    }
}
