package io.pyrotorrent.app.managed;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.throttle.ThrottleGroup;
import io.pyrotorrent.domain.model.throttle.ThrottleName;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Throttle groups on the managed instance outlive its restarts: rtorrent.rc imports throttles.rc,
 * in rTorrent's own syntax (tried with rtorrent 0.9.8: "throttle.up = slow,100" in an imported
 * file reads back as throttle.up.max 102400 once a global limit is set).
 */
class ManagedThrottlesFileTest {

    private static final TargetName LOCAL = TargetName.of("local");

    @TempDir
    Path dir;

    @Test
    void keptGroups_areRcLines_andReadBack_laterDefinitionWinning() throws Exception {
        var file = new ManagedThrottlesFile(Map.of(LOCAL, dir));

        file.keep(LOCAL, new ThrottleGroup(ThrottleName.of("slow"), 100, 0));
        file.keep(LOCAL, new ThrottleGroup(ThrottleName.of("fast-1"), 5000, 7000));
        file.keep(LOCAL, new ThrottleGroup(ThrottleName.of("slow"), 50, 20));

        assertThat(Files.readString(dir.resolve("throttles.rc")))
                .contains("throttle.up = slow,50\nthrottle.down = slow,20\n")
                .contains("throttle.up = fast-1,5000\nthrottle.down = fast-1,7000\n")
                .doesNotContain("slow,100");
        assertThat(file.kept(LOCAL))
                .containsExactly(
                        new ThrottleGroup(ThrottleName.of("fast-1"), 5000, 7000),
                        new ThrottleGroup(ThrottleName.of("slow"), 50, 20));
    }

    @Test
    void onlyManagedTargets_areKept_andRtorrentRcImportsTheFile() {
        var file = new ManagedThrottlesFile(Map.of(LOCAL, dir));

        assertThat(file.keeps(LOCAL)).isTrue();
        assertThat(file.keeps(TargetName.of("remote"))).isFalse();
        assertThat(file.kept(LOCAL)).isEmpty();
        assertThat(RtorrentRcFile.render(new RtorrentDirectory(dir), PortRange.parse("49164-49174"), false))
                .contains("try_import = \"" + dir.resolve("throttles.rc") + "\"");
    }
}
