package io.pyrotorrent.app.managed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RtorrentDirectoryTest {

    @TempDir
    Path root;

    @Test
    void url_isTheSocketAsScgiUri() {
        RtorrentDirectory directory = new RtorrentDirectory(Path.of("/srv/pyro torrent/../rt"));

        assertThat(directory.url().toString()).isEqualTo("scgi:///srv/rt/run/rpc.sock");
        assertThat(new RtorrentDirectory(Path.of("/a b")).url().getPath()).isEqualTo("/a b/run/rpc.sock");
    }

    @Test
    void aDirTooLongForAUnixSocket_isRefused() {
        Path deep = Path.of("/tmp", "d".repeat(100));

        assertThatThrownBy(() -> new RtorrentDirectory(deep))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too long")
                .hasMessageContaining("107");
    }

    @Test
    void aDirThatWouldBreakTheRcFile_isRefused() {
        assertThatThrownBy(() -> new RtorrentDirectory(Path.of("/tmp/a,b")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("commas");
        assertThatThrownBy(() -> new RtorrentDirectory(Path.of("/tmp/a\"b")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("quotes");
    }

    @Test
    void logTail_givesTheLastLinesOnly() throws Exception {
        RtorrentDirectory directory = new RtorrentDirectory(root);
        Files.writeString(
                directory.logFile(),
                IntStream.rangeClosed(1, 50).mapToObj(i -> "line " + i).collect(Collectors.joining("\n")));

        assertThat(directory.logTail(3)).isEqualTo("line 48\nline 49\nline 50");
    }

    @Test
    void logTail_ofAMissingLog_saysSo() {
        assertThat(new RtorrentDirectory(root).logTail(3)).contains("does not exist");
    }
}
