package io.pyrotorrent.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StoreConfigTest {

    @TempDir
    Path dir;

    private static final String TARGETS = """
            targets:
              - name: box
                url: scgi://127.0.0.1:5000
            """;

    @Test
    void withoutKeys_theDataDirectoryIsDotData_andAuditIsKept90Days() {
        var config = ConfigLoader.load(ConfigFiles.write(dir, TARGETS));

        assertThat(config.store()).isEqualTo(new StoreConfig(Path.of("data"), 90));
    }

    @Test
    void dataDirAndAuditKeepDays_areRead() {
        var config = ConfigLoader.load(ConfigFiles.write(dir, """
                dataDir: /var/lib/pyrotorrent
                audit:
                  keepDays: 30
                """ + TARGETS));

        assertThat(config.store()).isEqualTo(new StoreConfig(Path.of("/var/lib/pyrotorrent"), 30));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dataDir: ''", "dataDir: '   '", "dataDir: 42", "dataDir: \"a\\u0000b\""})
    void aBadDataDir_isRefusedNamingTheKey(String line) {
        var file = ConfigFiles.write(dir, line + "\n" + TARGETS);

        assertThatThrownBy(() -> ConfigLoader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("dataDir")
                .hasMessageContaining("expected a directory path");
    }

    @ParameterizedTest
    @ValueSource(strings = {"keepDays: 0", "keepDays: -5", "keepDays: 100000", "keepDays: ninety", "keepsDays: 5"})
    void aBadAuditSection_isRefusedNamingTheKey(String line) {
        var file = ConfigFiles.write(dir, "audit:\n  " + line + "\n" + TARGETS);

        assertThatThrownBy(() -> ConfigLoader.load(file))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("audit");
    }
}
