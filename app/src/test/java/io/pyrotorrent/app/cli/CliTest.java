package io.pyrotorrent.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

    @TempDir
    Path dir;

    private Path config;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void deadTarget() throws Exception {
        int closed;
        try (var socket = new ServerSocket(0)) {
            closed = socket.getLocalPort();
        }
        config = Files.writeString(dir.resolve("pyrotorrent.yaml"), """
                dataDir: %s
                targets:
                  - name: dead
                    url: scgi://127.0.0.1:%d
                    timeout: 2s
                """.formatted(dir.resolve("data"), closed));
    }

    private int run(String... args) {
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    @Test
    void status_ofAnUnreachableTarget_saysWhyAndExits1() {
        int code = run("--config", config.toString(), "status");

        assertThat(code).isEqualTo(1);
        assertThat(out.toString()).contains("dead: DOWN, rTorrent is unreachable");
        assertThat(out.toString()).contains("  disk: unknown (its download directory is not visible here");
    }

    @Test
    void status_showsTheFreeSpaceOfAMappedTarget_evenWhileItIsDown() throws Exception {
        Path downloads = Files.createDirectories(dir.resolve("downloads"));
        Files.writeString(config, Files.readString(config) + """
                    storage:
                      remotePath: /data
                      localPath: %s
                disk:
                  lowSpaceWarning: 100%%
                """.formatted(downloads));
        var store = Files.getFileStore(downloads);

        run("--config", config.toString(), "status");

        assertThat(out.toString())
                .containsPattern("\\n  disk: [0-9.]+ [KMGTP]?i?B free of " + DiskLine.bytes(store.getTotalSpace())
                        + " \\(\\d+%\\), LOW \\(below disk.lowSpaceWarning\\)");
    }

    @Test
    void aCommandAgainstADeadTarget_exits1WithOneLineOnStderr() {
        int code = run("--config", config.toString(), "start", "AB".repeat(20));

        assertThat(code).isEqualTo(1);
        assertThat(err.toString())
                .startsWith("pyrotorrent: rTorrent is unreachable")
                .hasLineCount(1);
    }

    @Test
    void removeData_againstADeadTarget_exits1WithOneLine_andABadHashExits2() {
        assertThat(run("--config", config.toString(), "remove-data", "--dry-run", "AB".repeat(20)))
                .isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("pyrotorrent: ").doesNotContain("\n", "Exception");
        assertThat(run("--config", config.toString(), "remove-data", "nothex")).isEqualTo(2);
    }

    @Test
    void moveAndCreate_withBadInput_exit2NamingWhatWasWrong() {
        assertThat(run("--config", config.toString(), "move", "relative/dir", "AB".repeat(20)))
                .isEqualTo(2);
        assertThat(err.toString()).contains("a download directory is an absolute path");
        assertThat(run("--config", config.toString(), "create", "/data/x", "--piece-size", "1000"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("pieceSize: a power of two").doesNotContain("\tat ");
    }

    @Test
    void addTracker_withABadUrl_exits2NamingIt() {
        assertThat(run("--config", config.toString(), "add-tracker", "file:///etc/passwd", "AB".repeat(20)))
                .isEqualTo(2);
        assertThat(err.toString()).contains("URL: a tracker URL starts with http://");
    }

    @Test
    void settingsSet_withABadValueOrKey_exits2NamingIt_beforeReachingTheTarget() {
        assertThat(run("--config", config.toString(), "settings", "set", "max_peers=-5"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("max_peers takes a whole number from 1 to 65535, not '-5'");
        assertThat(run("--config", config.toString(), "settings", "set", "execute.throw=sh"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("unknown setting 'execute.throw'");
    }

    @Test
    void renameLabel_withABadNewName_exits2NamingIt() {
        int code = run("--config", config.toString(), "rename-label", "old", "x".repeat(129));

        assertThat(code).isEqualTo(2);
        assertThat(err.toString())
                .startsWith("pyrotorrent: TO: a label is at most 128 characters")
                .hasLineCount(1);
    }

    @Test
    void throttle_withABadNameOrRate_exits2NamingIt() {
        int badName = run("--config", config.toString(), "throttle", "define", "a b", "--up", "1", "--down", "1");
        String nameMessage = err.toString();
        int badRate = run("--config", config.toString(), "throttle", "define", "slow", "--up", "-1", "--down", "1");

        assertThat(badName).isEqualTo(2);
        assertThat(nameMessage).startsWith("pyrotorrent: NAME: a throttle group name is 1 to 32 letters");
        assertThat(badRate).isEqualTo(2);
        assertThat(err.toString()).contains("up: a group's rate is 0 (unlimited) to 1048576 KiB/s, not -1");
    }

    @Test
    void renameLabel_withNoOldName_exits2() {
        int code = run("--config", config.toString(), "rename-label", "", "new");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("name the label to rename");
    }

    @Test
    void magnet_withABadHash_exits2() {
        assertThat(run("--config", config.toString(), "magnet", "nothex")).isEqualTo(2);
    }

    @Test
    void settingsGet_againstADeadTarget_exits1WithOneLine() {
        assertThat(run("--config", config.toString(), "settings", "get")).isEqualTo(1);
        assertThat(err.toString().strip()).startsWith("pyrotorrent: ").doesNotContain("\n", "Exception");
    }

    @Test
    void badUsage_exits2WithAClearLine() {
        assertThat(run("--config", config.toString(), "start", "nothex")).isEqualTo(2);
        assertThat(err.toString())
                .contains("an info-hash is exactly 40 hexadecimal characters")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void anUnknownTargetOrCommand_exits2() {
        assertThat(run("--config", config.toString(), "list", "--target", "nope"))
                .isEqualTo(2);
        assertThat(err.toString()).contains("no target named 'nope'");
        assertThat(run("frobnicate")).isEqualTo(2);
    }

    @Test
    void aMissingConfigFile_exits2NamingTheFile() {
        int code = run("--config", dir.resolve("missing.yaml").toString(), "list");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("missing.yaml").hasLineCount(1);
    }

    @Test
    void servingBeyondLoopbackWithoutUsers_refusesToStart() throws Exception {
        var exposed =
                Files.writeString(dir.resolve("exposed.yaml"), "server:\n  host: 0.0.0.0\n" + Files.readString(config));

        int code = run("--config", exposed.toString(), "serve");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString())
                .contains("server.host 0.0.0.0 is not a loopback address, and no users")
                .hasLineCount(1);
    }

    @Test
    void hashPassword_readsStdinAndPrintsAPbkdf2Hash() {
        InputStream stdin = System.in;
        System.setIn(new ByteArrayInputStream("s3cret\n".getBytes(StandardCharsets.UTF_8)));
        try {
            assertThat(run("hash-password")).isZero();
        } finally {
            System.setIn(stdin);
        }
        assertThat(out.toString()).startsWith("pbkdf2-sha256$600000$");
    }
}
