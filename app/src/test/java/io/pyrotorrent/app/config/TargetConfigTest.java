package io.pyrotorrent.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import io.pyrotorrent.domain.model.TargetName;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TargetConfigTest {

    private static final TargetName SEEDBOX = TargetName.of("seedbox");

    @Test
    @DisplayName("the timeout becomes the read timeout; the other transport settings stay default")
    void timeout_transportSettings_isReadTimeout() {
        var target = new TargetConfig(
                SEEDBOX,
                Optional.of(URI.create("scgi://h:5000")),
                Optional.empty(),
                Duration.ofMillis(500),
                Optional.empty());

        TransportSettings settings = target.transportSettings();

        TransportSettings defaults = TransportSettings.defaults();
        assertThat(settings)
                .isEqualTo(new TransportSettings(
                        defaults.connectTimeout(),
                        Duration.ofMillis(500),
                        defaults.maxResponseBytes(),
                        defaults.maxRequestBytes()));
    }

    @Test
    @DisplayName("a target built in code also needs exactly one of url and managed")
    void bothOrNeither_construct_isRefused() {
        assertThatThrownBy(() -> new TargetConfig(
                        SEEDBOX,
                        Optional.of(URI.create("scgi://h:5000")),
                        Optional.of(ManagedConfig.in(Path.of("d"))),
                        Duration.ofSeconds(1),
                        Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exactly one of url");
        assertThatThrownBy(() -> new TargetConfig(
                        SEEDBOX, Optional.empty(), Optional.empty(), Duration.ofSeconds(1), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("exactly one of url");
    }

    @Test
    @DisplayName("a whole configuration built in code refuses users of unknown targets")
    void userOfUnknownTarget_construct_isRefused() {
        var targets = List.of(TargetConfig.remote(SEEDBOX, URI.create("scgi://h:5000")));
        var users = List.of(new UserConfig("alice", "h", List.of("elsewhere")));

        assertThatThrownBy(() -> new PyrotorrentConfig(ServerConfig.defaults(), targets, users, ApiConfig.defaults()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown target elsewhere");
    }

    @Test
    @DisplayName("a user with '*' may use every target; otherwise only the ones named")
    void userTargets_mayUse_followsList() {
        assertThat(new UserConfig("a", "h", List.of("*")).mayUse(SEEDBOX)).isTrue();
        assertThat(new UserConfig("b", "h", List.of("seedbox")).mayUse(SEEDBOX)).isTrue();
        assertThat(new UserConfig("c", "h", List.of("local")).mayUse(SEEDBOX)).isFalse();
    }
}
