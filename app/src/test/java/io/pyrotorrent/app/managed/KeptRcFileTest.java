package io.pyrotorrent.app.managed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KeptRcFileTest {

    @TempDir
    Path dir;

    @Test
    void aKeptFile_isReplacedWhole() throws IOException {
        Files.writeString(dir.resolve("settings.rc"), "old\n");

        KeptRcFile.replace(dir, "settings.rc", List.of("a = 1", "b = 2"), "the settings");

        assertThat(Files.readAllLines(dir.resolve("settings.rc"))).containsExactly("a = 1", "b = 2");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve("settings.rc"));
        }
    }

    @Test
    void aWriteThatFails_namesWhatItKeeps_andLeavesNoTemporaryFile() throws IOException {
        // A non-empty directory where the file should be: the final rename cannot replace it.
        Files.createDirectories(dir.resolve("throttles.rc").resolve("inside"));

        assertThatThrownBy(() -> KeptRcFile.replace(dir, "throttles.rc", List.of("x"), "the throttle groups"))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageStartingWith("cannot keep the throttle groups in " + dir.resolve("throttles.rc"));
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve("throttles.rc"));
        }
    }
}
