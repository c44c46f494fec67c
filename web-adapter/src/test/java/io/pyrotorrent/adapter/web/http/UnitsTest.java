package io.pyrotorrent.adapter.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UnitsTest {

    @Test
    void sizesAndRatesUseBinaryPrefixes() {
        assertThat(Units.bytes(1023)).isEqualTo("1023 B");
        assertThat(Units.bytes(1536)).isEqualTo("1.50 KiB");
        assertThat(Units.bytes(50L * 1024 * 1024)).isEqualTo("50.0 MiB");
        assertThat(Units.bytes(700L * 1024 * 1024 * 1024)).isEqualTo("700 GiB");
        assertThat(Units.rate(2048)).isEqualTo("2.00 KiB/s");
        assertThat(Units.limit(0)).isEqualTo("unlimited");
        assertThat(Units.kib(1536)).isEqualTo(2);
    }

    @Test
    void etaIsLeftBytesOverTheRateAndInfiniteWithoutOne() {
        assertThat(Units.eta(0, 100)).isEmpty();
        assertThat(Units.eta(1000, 0)).isEqualTo("∞");
        assertThat(Units.eta(3 * 3600 * 1024L + 5 * 60 * 1024L, 1024)).isEqualTo("3h 5m");
        assertThat(Units.duration(Duration.ofSeconds(90_000))).isEqualTo("1d 1h");
        assertThat(Units.duration(Duration.ofSeconds(42))).isEqualTo("42s");
    }

    @Test
    void timesAreRelativeInTheLargestWholeUnit() {
        Instant now = Instant.parse("2024-05-01T12:00:00Z");

        assertThat(Units.ago(now.minusSeconds(10), now)).isEqualTo("just now");
        assertThat(Units.ago(now.minusSeconds(60), now)).isEqualTo("1 minute ago");
        assertThat(Units.ago(now.minusSeconds(3 * 3600 + 59), now)).isEqualTo("3 hours ago");
        assertThat(Units.ago(now.minus(Duration.ofDays(40)), now)).isEqualTo("1 month ago");
        assertThat(Units.ago(now.minus(Duration.ofDays(800)), now)).isEqualTo("2 years ago");
        assertThat(Units.ago(now.plusSeconds(5), now)).isEqualTo("in the future");
    }

    @Test
    void percentIsWholeAndCapped() {
        assertThat(Units.percent(999, 1000)).isEqualTo(99);
        assertThat(Units.percent(5, 0)).isEqualTo(100);
    }

    @Test
    void fixedDecimals_areWhatStringFormatWrites_forRatiosAndSizesOfEveryMagnitude() {
        var random = new java.util.Random(20261207);
        for (int i = 0; i < 100_000; i++) {
            double value = switch (i % 4) {
                case 0 -> random.nextInt(100_000) / 1000.0; // ratios such as 1.005, ties included
                case 1 -> random.nextDouble() * 10;
                case 2 -> random.nextLong(1L << 50) / 1024.0 / 1024.0;
                default -> random.nextInt(1000) + 0.5;
            };
            for (int decimals = 0; decimals <= 2; decimals++) {
                assertThat(Units.fixed(value, decimals))
                        .as("%s to %d decimals", value, decimals)
                        .isEqualTo(String.format(java.util.Locale.ROOT, "%." + decimals + "f", value));
            }
        }
        assertThat(Units.ratio(0)).isEqualTo("0.00");
        assertThat(Units.ratio(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
    }
}
