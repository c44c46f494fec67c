package io.pyrotorrent.app.managed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RestartBackoffTest {

    private final RestartBackoff backoff =
            new RestartBackoff(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofMinutes(1));

    @Test
    @DisplayName("quick crashes double the delay up to the maximum")
    void quickCrashes_doubleUpToTheMax() {
        Duration quick = Duration.ofSeconds(2);

        assertThat(java.util.stream.IntStream.range(0, 7)
                        .mapToObj(i -> backoff.delayAfter(quick))
                        .toList())
                .extracting(Duration::toSeconds)
                .containsExactly(1L, 2L, 4L, 8L, 16L, 30L, 30L);
    }

    @Test
    @DisplayName("a run that lasted the stable period starts the delays over")
    void aStableRun_resetsTheDelay() {
        backoff.delayAfter(Duration.ZERO);
        backoff.delayAfter(Duration.ZERO);
        backoff.delayAfter(Duration.ZERO);

        assertThat(backoff.delayAfter(Duration.ofMinutes(1))).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.delayAfter(Duration.ZERO)).isEqualTo(Duration.ofSeconds(2));
    }
}
