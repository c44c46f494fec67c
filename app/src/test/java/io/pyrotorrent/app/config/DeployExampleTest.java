package io.pyrotorrent.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The documented example config must stay loadable as the code changes. */
class DeployExampleTest {

    @Test
    void theShippedExampleConfig_loads_withItsDocumentedDefaults() {
        var config = ConfigLoader.load(Path.of("..", "deploy", "pyrotorrent.yaml.example"));

        assertThat(config.server().host()).isEqualTo("127.0.0.1");
        assertThat(config.server().behindProxy()).isFalse();
        assertThat(config.server().sessionIdle()).isEqualTo(ServerConfig.DEFAULT_SESSION_IDLE);
        assertThat(config.targets()).isNotEmpty();
        assertThat(config.disk().lowSpaceWarning()).isEqualTo(io.pyrotorrent.domain.model.disk.LowSpaceWarning.DEFAULT);
    }

    @Test
    void theExampleUsersSection_uncommented_loads_withItsAdmin(@TempDir Path dir) throws Exception {
        String example = Files.readString(Path.of("..", "deploy", "pyrotorrent.yaml.example"));
        int start = example.indexOf("# users:");
        int end = example.indexOf("\n\n", start);
        String users = example.substring(start, end).replaceAll("(?m)^# ", "");
        Path file = dir.resolve("pyrotorrent.yaml");
        Files.writeString(file, example.substring(0, start) + users + example.substring(end));

        var config = ConfigLoader.load(file);

        assertThat(config.users())
                .extracting(UserConfig::name, UserConfig::admin)
                .containsExactly(tuple("alice", true), tuple("bob", false));
    }
}
