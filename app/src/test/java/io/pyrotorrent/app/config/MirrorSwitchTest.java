package io.pyrotorrent.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MirrorSwitchTest {

    @TempDir
    Path dir;

    private TargetConfig load(String extra) {
        Path file = ConfigFiles.write(dir, "targets:\n  - name: remote\n    url: scgi://h:5000\n" + extra);
        return ConfigLoader.load(file).targets().get(0);
    }

    @Test
    @DisplayName("a target is read through its mirror unless told otherwise")
    void noMirrorKey_meansMirrored() {
        assertThat(load("").mirror()).isTrue();
    }

    @Test
    @DisplayName("mirror: false turns the mirror off for that target")
    void mirrorFalse_turnsItOff() {
        assertThat(load("    mirror: false\n").mirror()).isFalse();
    }

    @Test
    @DisplayName("a mirror value that is not a boolean is refused, naming the key")
    void mirrorNotABoolean_isRefused() {
        assertThatThrownBy(() -> load("    mirror: sometimes\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("mirror")
                .hasMessageContaining("true or false");
    }

    @Test
    @DisplayName("the mirror sets up its change count in rTorrent unless told otherwise; changeCount: false keeps"
            + " it out")
    void changeCount_isOnByDefault_andFalseTurnsItOff() {
        assertThat(load("").changeCount()).isTrue();
        assertThat(load("    changeCount: false\n").changeCount()).isFalse();
    }

    @Test
    @DisplayName("a changeCount value that is not a boolean is refused, naming the key")
    void changeCountNotABoolean_isRefused() {
        assertThatThrownBy(() -> load("    changeCount: maybe\n"))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining("changeCount")
                .hasMessageContaining("true or false");
    }
}
