package io.pyrotorrent.adapter.rtorrent.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TransportSettingsTest {

    private static final Duration ONE_SECOND = Duration.ofSeconds(1);

    @Test
    @DisplayName("defaults: 5 s connect, 10 s per call, 64 MiB replies, 512 KiB requests")
    void defaultsFitRtorrent() {
        TransportSettings defaults = TransportSettings.defaults();

        assertThat(defaults.connectTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(defaults.readTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(defaults.maxResponseBytes()).isEqualTo(64L * 1024 * 1024);
        assertThat(defaults.maxRequestBytes()).isEqualTo(524_288L);
    }

    @Test
    @DisplayName("timeouts must be positive and present, naming the field")
    void rejectsUnusableTimeouts() {
        assertThatThrownBy(() -> new TransportSettings(Duration.ZERO, ONE_SECOND, 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("connectTimeout");
        assertThatThrownBy(() -> new TransportSettings(ONE_SECOND, Duration.ofMillis(-1), 1, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("readTimeout");
        assertThatThrownBy(() -> new TransportSettings(null, ONE_SECOND, 1, 1))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("connectTimeout");
    }

    @Test
    @DisplayName("size limits must be positive, and a reply limit must fit in one array")
    void rejectsUnusableLimits() {
        assertThatThrownBy(() -> new TransportSettings(ONE_SECOND, ONE_SECOND, 0, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxResponseBytes");
        assertThatThrownBy(() -> new TransportSettings(ONE_SECOND, ONE_SECOND, 4L << 30, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxResponseBytes");
        assertThatThrownBy(() -> new TransportSettings(ONE_SECOND, ONE_SECOND, 1, -5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("maxRequestBytes");
    }
}
