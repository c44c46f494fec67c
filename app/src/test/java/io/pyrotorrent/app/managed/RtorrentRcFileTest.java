package io.pyrotorrent.app.managed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RtorrentRcFileTest {

    private final RtorrentDirectory directory = new RtorrentDirectory(Path.of("/srv/pyro torrent"));

    @Test
    @DisplayName("SCGI only on the quoted socket path, daemon mode, absolute dirs, fixed ports")
    void render_withoutDht() {
        String rc = RtorrentRcFile.render(directory, PortRange.parse("49164-49174"), false);

        assertThat(rc.lines())
                .contains(
                        "system.daemon.set = true",
                        "network.scgi.open_local = \"/srv/pyro torrent/run/rpc.sock\"",
                        "execute.nothrow = chmod,770,\"/srv/pyro torrent/run/rpc.sock\"",
                        "directory.default.set = \"/srv/pyro torrent/download\"",
                        "session.path.set = \"/srv/pyro torrent/session\"",
                        "network.port_range.set = 49164-49174",
                        "network.port_random.set = no",
                        "dht.mode.set = disable",
                        "protocol.pex.set = no",
                        "trackers.use_udp.set = yes");
        assertThat(rc).doesNotContain("open_port", "scgi_port", "bind_address");
    }

    @Test
    void render_withDht_enablesDhtAndPex() {
        String rc = RtorrentRcFile.render(directory, PortRange.parse("6881-6881"), true);

        assertThat(rc.lines()).contains("dht.mode.set = auto", "protocol.pex.set = yes");
    }
}
