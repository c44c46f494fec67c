package io.pyrotorrent.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The documented example config must stay loadable as the code changes. */
class DeployExampleTest {

    @Test
    void theShippedExampleConfig_loads_withItsDocumentedDefaults() {
        var config = ConfigLoader.load(Path.of("..", "deploy", "pyrotorrent.yaml.example"));

        assertThat(config.server().host()).isEqualTo("127.0.0.1");
        assertThat(config.server().behindProxy()).isFalse();
        assertThat(config.server().sessionIdle()).isEqualTo(ServerConfig.DEFAULT_SESSION_IDLE);
        assertThat(config.targets()).isNotEmpty();
    }
}
