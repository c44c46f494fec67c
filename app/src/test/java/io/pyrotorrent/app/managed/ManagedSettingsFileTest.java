package io.pyrotorrent.app.managed;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.rtorrent.RtorrentClient;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.settings.Setting;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings changed on the managed instance outlive its restarts: rtorrent.rc imports them last. */
class ManagedSettingsFileTest {

    private static final TargetName LOCAL = TargetName.of("local");

    @TempDir
    Path dir;

    @Test
    void keptSettings_areRcLinesRtorrentReads_andValuesPyrotorrentReadsBack_laterWinning() throws Exception {
        var file = new ManagedSettingsFile(Map.of(LOCAL, dir), RtorrentClient::rcLine);

        file.keep(LOCAL, List.of(Setting.MAX_PEERS.parse("150"), Setting.DHT.parse("auto")));
        file.keep(LOCAL, List.of(Setting.MAX_PEERS.parse("90"), Setting.DEFAULT_DIRECTORY.parse("/data/in coming")));

        String rc = Files.readString(dir.resolve("settings.rc"));
        assertThat(rc)
                .contains("throttle.max_peers.normal.set = 90\n")
                .doesNotContain("= 150")
                .contains("dht.mode.set = auto\n")
                .contains("directory.default.set = \"/data/in coming\"\n");
        assertThat(file.kept(LOCAL))
                .containsExactly(
                        Setting.MAX_PEERS.parse("90"),
                        Setting.DHT.parse("auto"),
                        Setting.DEFAULT_DIRECTORY.parse("/data/in coming"));
    }

    @Test
    void onlyManagedTargets_areKept() {
        var file = new ManagedSettingsFile(Map.of(LOCAL, dir), RtorrentClient::rcLine);

        assertThat(file.keeps(LOCAL)).isTrue();
        assertThat(file.keeps(TargetName.of("remote"))).isFalse();
        assertThat(file.kept(LOCAL)).isEmpty();
    }

    @Test
    void theRcFile_importsTheKeptSettingsLast() {
        String rc = RtorrentRcFile.render(new RtorrentDirectory(dir), PortRange.parse("6881-6881"), true);

        assertThat(rc.strip())
                .endsWith("try_import = \"" + dir.toAbsolutePath().normalize().resolve("settings.rc") + "\"");
    }
}
