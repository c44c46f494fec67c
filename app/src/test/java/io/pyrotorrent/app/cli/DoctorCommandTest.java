package io.pyrotorrent.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DoctorCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int doctor(Path config) {
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), "--config", config.toString(), "doctor");
    }

    private static int closedPort() throws Exception {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Test
    void aDeadTarget_isOneLineSayingWhatToFix_andExits1() throws Exception {
        Path config = Files.writeString(dir.resolve("p.yaml"), """
                dataDir: %s
                targets:
                  - name: dead
                    url: scgi://127.0.0.1:%d
                    timeout: 2s
                """.formatted(dir.resolve("data"), closedPort()));

        int code = doctor(config);

        assertThat(code).isEqualTo(1);
        assertThat(out.toString().lines())
                .contains("ok   config: " + config + " reads, 1 target(s), 0 user(s)")
                .anySatisfy(line -> assertThat(line)
                        .startsWith("FIX  target dead: rTorrent is unreachable")
                        .endsWith("start rTorrent at scgi://127.0.0.1:" + line.replaceAll(".*:(\\d+) or.*", "$1")
                                + " or correct its url"));
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void aBadConfig_isOneFixLine_andExits2() throws Exception {
        Path config = Files.writeString(dir.resolve("bad.yaml"), "server:\n  prot: 8080\n");

        int code = doctor(config);

        assertThat(code).isEqualTo(2);
        assertThat(out.toString().lines())
                .singleElement()
                .asString()
                .startsWith("FIX  config: ")
                .contains("server.prot");
    }

    @Test
    void aStorageMappingThatIsNotThere_andAManagedDirThatCannotBeWritten_areEachAFix() throws Exception {
        Path readOnly = Files.createDirectory(dir.resolve("ro"));
        readOnly.toFile().setWritable(false, false);
        Path config = Files.writeString(dir.resolve("p.yaml"), """
                dataDir: %s
                targets:
                  - name: box
                    url: scgi://127.0.0.1:%d
                    timeout: 2s
                    storage:
                      remotePath: /data
                      localPath: %s
                  - name: local
                    managed:
                      dir: %s
                """.formatted(
                        dir.resolve("data"), closedPort(), dir.resolve("missing"), readOnly.resolve("rt")));

        int code = doctor(config);

        assertThat(code).isEqualTo(1);
        assertThat(out.toString().lines())
                .contains("FIX  target box storage.localPath: " + dir.resolve("missing")
                        + " is not a directory here; mount it or correct storage.localPath")
                .contains("ok   target local: managed, not running now (pyrotorrent serve starts it)");
        // root may write anywhere; the check is then (rightly) ok.
        String managedDir = out.toString()
                .lines()
                .filter(line -> line.contains("target local managed.dir"))
                .findFirst()
                .orElseThrow();
        if (Files.isWritable(readOnly)) {
            assertThat(managedDir).startsWith("ok   ").contains("GiB free");
        } else {
            assertThat(managedDir).startsWith("FIX  ").contains("is not writable by this user");
        }
    }

    @Test
    void aReadableStorageMapping_isOk_withItsFreeSpace() {
        Finding finding = DirectoryCheck.readable("target x storage.localPath", dir);

        assertThat(finding.ok()).isTrue();
        assertThat(finding.line()).startsWith("ok   target x storage.localPath: " + dir + " is readable, ");
    }

    @Test
    void version_comesFromTheBuild_andCompletion_isAScriptForTheCommands() {
        int version = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), "--version");
        int bash = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), "completion", "bash");

        assertThat(version).isZero();
        // From target/classes there is no manifest; DoctorIT reads the real one from the jar.
        assertThat(out.toString()).startsWith("pyroTorrent (development build)");
        assertThat(bash).isZero();
        assertThat(out.toString()).contains("complete -F", "doctor", "hash-password", "completion", "bashcompinit");
    }

    @Test
    void completion_forAnUnknownShell_isAUsageError() {
        int code = Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), "completion", "fish");

        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("fish").doesNotContain("Exception");
    }
}
