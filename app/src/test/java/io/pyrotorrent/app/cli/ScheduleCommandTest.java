package io.pyrotorrent.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** schedule show|set and watch-folder list|set|remove, kept in the store beside a target that is down. */
class ScheduleCommandTest {

    @TempDir
    Path dir;

    private Path config;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void config() throws Exception {
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
        var all = new java.util.ArrayList<>(java.util.List.of("--config", config.toString()));
        all.addAll(java.util.List.of(args));
        return Cli.run(new PrintWriter(out, true), new PrintWriter(err, true), all.toArray(String[]::new));
    }

    @Test
    void aScheduleSet_isKept_andShownHourByHour() {
        int set = run(
                "schedule",
                "set",
                "--profile",
                "day=512:2048",
                "--profile",
                "night=0:0",
                "--at",
                "all 0-24=night",
                "--at",
                "mon-fri 8-23=day");
        assertThat(set).as(err.toString()).isZero();
        out.getBuffer().setLength(0);

        assertThat(run("schedule", "show")).as(err.toString()).isZero();

        assertThat(out.toString())
                .contains("dead: schedule on")
                .contains("0 day\tup 512 KiB/s\tdown 2048 KiB/s")
                .contains("1 night\tup unlimited\tdown unlimited")
                .contains("mon 111111110000000000000001")
                .contains("sun 111111111111111111111111")
                .contains("now: ");
    }

    @Test
    void paintingWithoutProfiles_keepsThem_andOffKeepsTheWeek() {
        run("schedule", "set", "--profile", "slow=100:100");

        assertThat(run("schedule", "set", "--at", "sat,sun 0-12=slow", "--off")).isZero();

        assertThat(out.toString()).contains("dead: schedule off", "sat 000000000000------------");
    }

    @Test
    void badWords_getAMessageNamingWhatIsWrong() {
        assertThat(run("schedule", "set", "--profile", "day")).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("--profile day: expected NAME=UP:DOWN");
        assertThat(run("schedule", "set", "--profile", "a=1:1", "--at", "mon 9-17=b"))
                .isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("--at mon 9-17=b: no profile named 'b'");
        assertThat(run("schedule", "set", "--profile", "a=1:1", "--at", "mon 17-9=a"))
                .isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("hours are FROM-TO, 0 to 24");
        assertThat(run("schedule", "set", "--profile", "a=1:1", "--at", "funday 1-2=a"))
                .isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("days are mon..sun");
        assertThat(err.toString()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void aWatchFolder_isSetListedAndRemoved() throws Exception {
        Path watch = Files.createDirectory(dir.resolve("watch"));

        assertThat(run("watch-folder", "set", watch.toString(), "--label", "tv", "--paused"))
                .as(err.toString())
                .isZero();
        assertThat(run("watch-folder", "list")).isZero();
        assertThat(out.toString()).contains("dead\t" + watch + "\tlabel tv\tinto rTorrent's default\tpaused");
        assertThat(run("watch-folder", "set", dir.resolve("nope").toString())).isEqualTo(Cli.USAGE);
        assertThat(err.toString()).contains("directory: " + dir.resolve("nope") + " does not exist");
        assertThat(run("watch-folder", "remove")).isZero();
        out.getBuffer().setLength(0);
        run("watch-folder", "list");
        assertThat(out.toString()).contains("no watch folders");
    }
}
