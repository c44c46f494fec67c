package io.pyrotorrent.domain.rates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.rates.RateSample;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateHistoryTest {

    private static final TargetName ONE = TargetName.of("one");
    private static final TargetName TWO = TargetName.of("two");
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void givenFifteenMinutesOfSamples_target_answersOnlyTheLastTen() {
        var history = RateHistory.tenMinutes();
        Instant now = START;
        for (int i = 0; i < 450; i++) { // 15 minutes, every 2 s
            now = START.plusSeconds(2L * i);
            history.record(ONE, new RateSample(now, i, 2L * i));
        }

        var samples = history.target(ONE, now);

        assertThat(samples).hasSize(301); // both ends of the 10 minutes included
        assertThat(samples.get(0).at()).isEqualTo(now.minus(Duration.ofMinutes(10)));
        assertThat(samples.get(samples.size() - 1)).isEqualTo(new RateSample(now, 449, 898));
        assertThat(samples).isSortedAccordingTo((a, b) -> a.at().compareTo(b.at()));
    }

    @Test
    void givenFarMoreSamplesThanTheWindowHolds_theRingStaysBounded() {
        var history = new RateHistory(Duration.ofSeconds(10), Duration.ofSeconds(2), 10);
        for (int i = 0; i < 10_000; i++) { // a burst at one instant: the window cannot trim it, the ring must
            history.record(ONE, new RateSample(START, i, i));
        }

        var samples = history.target(ONE, START);

        assertThat(samples).hasSize(7); // 5 per window, a quarter of slack, one for the ends
        assertThat(samples.get(6).down()).isEqualTo(9_999);
    }

    @Test
    void eachTargetHasItsOwnSeries() {
        var history = RateHistory.tenMinutes();

        history.record(ONE, new RateSample(START, 100, 10));
        history.record(TWO, new RateSample(START, 200, 20));

        assertThat(history.target(ONE, START)).containsExactly(new RateSample(START, 100, 10));
        assertThat(history.target(TWO, START)).containsExactly(new RateSample(START, 200, 20));
        assertThat(history.target(TargetName.of("three"), START)).isEmpty();
    }

    @Test
    void givenMoreTorrentsThanItKeeps_theLeastRecentlyRecordedGoes() {
        var history = new RateHistory(Duration.ofMinutes(10), Duration.ofSeconds(2), 2);
        InfoHash first = TestTorrent.randomHash();
        InfoHash second = TestTorrent.randomHash();
        InfoHash third = TestTorrent.randomHash();

        history.recordTorrent(ONE, first, new RateSample(START, 1, 1));
        history.recordTorrent(ONE, second, new RateSample(START, 2, 2));
        history.recordTorrent(ONE, first, new RateSample(START.plusSeconds(2), 1, 1));
        history.recordTorrent(ONE, third, new RateSample(START.plusSeconds(2), 3, 3));

        assertThat(history.torrentsKept()).isEqualTo(2);
        assertThat(history.torrent(ONE, second, START.plusSeconds(2))).isEmpty();
        assertThat(history.torrent(ONE, first, START.plusSeconds(2))).hasSize(2);
        assertThat(history.torrent(ONE, third, START.plusSeconds(2))).hasSize(1);
    }

    @Test
    void aTorrentWithNoSampleInTheWindow_isForgotten() {
        var history = RateHistory.tenMinutes();
        InfoHash idle = TestTorrent.randomHash();
        InfoHash busy = TestTorrent.randomHash();
        history.recordTorrent(ONE, idle, new RateSample(START, 5, 5));
        history.recordTorrent(ONE, busy, new RateSample(START.plus(Duration.ofMinutes(9)), 5, 5));

        history.forgetIdle(START.plus(Duration.ofMinutes(11)));

        assertThat(history.torrentsKept()).isEqualTo(1);
        assertThat(history.torrent(ONE, busy, START.plus(Duration.ofMinutes(11))))
                .hasSize(1);
    }

    @Test
    void aWindowShorterThanItsPeriod_isRefusedByName() {
        assertThatThrownBy(() -> new RateHistory(Duration.ofSeconds(1), Duration.ofSeconds(2), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("window");
    }
}
