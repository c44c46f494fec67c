package io.pyrotorrent.app.config;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.model.TargetName;
import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DefaultsTest {

    @Test
    @DisplayName("with no configuration file, one managed target 'local' is served on loopback")
    void embedded_isLoopbackWithOneManagedTarget() {
        PyrotorrentConfig config = Defaults.embedded();

        assertThat(config.server()).isEqualTo(new ServerConfig("127.0.0.1", 8080, "/"));
        assertThat(config.targets()).singleElement().satisfies(target -> {
            assertThat(target.name()).isEqualTo(TargetName.of("local"));
            assertThat(target.url()).isEmpty();
            assertThat(target.managed()).contains(new ManagedConfig(Path.of("./data/local"), "49164-49174", false));
            assertThat(target.storage()).isEmpty();
        });
        assertThat(config.users()).isEmpty();
        assertThat(config.api().enabled()).isTrue();
    }

    @Test
    @DisplayName("a file holding just the embedded target loads to the embedded default")
    void minimalFile_equalsEmbedded(@TempDir Path dir) {
        assertThat(ConfigLoader.load(ConfigFiles.write(dir, ConfigFiles.MINIMAL)))
                .isEqualTo(Defaults.embedded());
    }
}
