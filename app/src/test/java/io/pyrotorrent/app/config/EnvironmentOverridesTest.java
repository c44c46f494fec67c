package io.pyrotorrent.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class EnvironmentOverridesTest {

    private final PyrotorrentConfig config = Defaults.embedded();

    @Test
    @DisplayName("host, port and base path from the environment replace the configured ones")
    void variablesSet_apply_overrideServer() {
        Map<String, String> env =
                Map.of("PYROTORRENT_HOST", "0.0.0.0", "PYROTORRENT_PORT", "9091", "PYROTORRENT_BASE_PATH", "torrent");

        PyrotorrentConfig overridden = EnvironmentOverrides.apply(config, env);

        assertThat(overridden.server()).isEqualTo(new ServerConfig("0.0.0.0", 9091, "/torrent/"));
        assertThat(overridden.targets()).isEqualTo(config.targets());
        assertThat(overridden.api()).isEqualTo(config.api());
    }

    @Test
    @DisplayName("without the variables, or with them empty, the configuration is unchanged")
    void variablesUnsetOrEmpty_apply_keepConfig() {
        assertThat(EnvironmentOverrides.apply(config, Map.of("HOME", "/root"))).isEqualTo(config);
        assertThat(EnvironmentOverrides.apply(config, Map.of("PYROTORRENT_PORT", "")))
                .isEqualTo(config);
    }

    @Test
    @DisplayName("only the variables given are overridden")
    void onePortVariable_apply_keepsOtherSettings() {
        PyrotorrentConfig overridden = EnvironmentOverrides.apply(config, Map.of("PYROTORRENT_PORT", "8181"));

        assertThat(overridden.server()).isEqualTo(new ServerConfig("127.0.0.1", 8181, "/"));
    }

    @Test
    @DisplayName("a port that is not a number is refused naming the variable")
    void portNotANumber_apply_isRefused() {
        assertThatThrownBy(() -> EnvironmentOverrides.apply(config, Map.of("PYROTORRENT_PORT", "http")))
                .isInstanceOf(ConfigException.class)
                .hasMessage("environment variable PYROTORRENT_PORT: expected a port number between 1 and 65535, "
                        + "got 'http'");
    }

    @Test
    @DisplayName("a port out of range is refused naming the variable")
    void portOutOfRange_apply_isRefused() {
        assertThatThrownBy(() -> EnvironmentOverrides.apply(config, Map.of("PYROTORRENT_PORT", "65536")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("environment variable PYROTORRENT_PORT: ")
                .hasMessageContaining("got 65536");
    }

    @Test
    @DisplayName("a bad host or base path is refused naming the variable")
    void badHostOrBasePath_apply_isRefused() {
        assertThatThrownBy(() -> EnvironmentOverrides.apply(config, Map.of("PYROTORRENT_HOST", "a b")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("environment variable PYROTORRENT_HOST: 'a b' is not a host; expected");
        assertThatThrownBy(() -> EnvironmentOverrides.apply(config, Map.of("PYROTORRENT_BASE_PATH", "/a//b")))
                .isInstanceOf(ConfigException.class)
                .hasMessageStartingWith("environment variable PYROTORRENT_BASE_PATH: '/a//b' is not a base path");
    }
}
