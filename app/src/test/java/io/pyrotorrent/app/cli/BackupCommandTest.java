package io.pyrotorrent.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.store.Store;
import io.pyrotorrent.domain.model.audit.AuditQuery;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store from the command line: CLI changes are audited, and one command backs it all up. */
class BackupCommandTest {

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
    void aCliCommand_isInTheAuditLog_andTheBackupHoldsIt() {
        run("--config", config.toString(), "stop", "AB".repeat(20));
        Path copy = dir.resolve("copy/" + Store.FILE_NAME);
        copy.getParent().toFile().mkdirs();

        int code = run("--config", config.toString(), "backup", copy.toString());

        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("backed up ").contains(copy.toString());
        try (var restored = Store.open(copy.getParent())) {
            assertThat(restored.audit().find(AuditQuery.latest(10)))
                    .singleElement()
                    .satisfies(entry -> {
                        assertThat(entry.user()).isEqualTo("local");
                        assertThat(entry.action()).isEqualTo("Stop");
                        assertThat(entry.torrents()).containsExactly("AB".repeat(20));
                        assertThat(entry.result()).startsWith("failed: rTorrent is unreachable");
                    });
            assertThat(restored.integrityCheck()).isEqualTo("ok");
        }
    }

    @Test
    void aBackupOverAnExistingFile_isRefusedInOneLine() throws Exception {
        Path existing = Files.writeString(dir.resolve("old.db"), "keep");

        int code = run("--config", config.toString(), "backup", existing.toString());

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(err.toString())
                .startsWith("pyrotorrent: the backup file ")
                .contains("exists already")
                .hasLineCount(1);
        assertThat(existing).hasContent("keep");
    }

    @Test
    void aDataDirectoryThatCannotBeCreated_isNamedInOneLine() throws Exception {
        Path file = Files.writeString(dir.resolve("a-file"), "x");
        Files.writeString(
                config, Files.readString(config).replace(dir.resolve("data").toString(), file.toString()));

        int code = run("--config", config.toString(), "status");

        assertThat(code).isEqualTo(Cli.FAILED);
        assertThat(err.toString())
                .startsWith("pyrotorrent: the data directory " + file + " cannot be created")
                .hasLineCount(1);
    }
}
