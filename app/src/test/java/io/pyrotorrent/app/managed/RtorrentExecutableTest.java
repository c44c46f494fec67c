package io.pyrotorrent.app.managed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RtorrentExecutableTest {

    @TempDir
    Path bin;

    @Test
    void locate_findsTheFirstExecutableOnThePath() throws Exception {
        Path notExecutable = Files.createDirectories(bin.resolve("a")).resolve("rtorrent");
        Files.writeString(notExecutable, "");
        Path executable = Files.createDirectories(bin.resolve("b")).resolve("rtorrent");
        Files.writeString(executable, "#!/bin/sh\n");
        Files.setPosixFilePermissions(executable, PosixFilePermissions.fromString("rwxr-xr-x"));

        Path found = RtorrentExecutable.locate(
                Optional.empty(), "::" + bin.resolve("a") + ":" + bin.resolve("b") + ":/usr/bin");

        assertThat(found).isEqualTo(executable);
    }

    @Test
    void locate_withoutOne_saysHowToInstall() {
        assertThatThrownBy(() -> RtorrentExecutable.locate(Optional.empty(), bin.toString()))
                .isInstanceOf(ManagedRtorrentException.class)
                .hasMessage(RtorrentExecutable.NOT_INSTALLED);
    }

    @Test
    void locate_prefersTheConfiguredBinary() {
        assertThat(RtorrentExecutable.locate(Optional.of(Path.of("/bin/false")), ""))
                .isEqualTo(Path.of("/bin/false"));
    }
}
