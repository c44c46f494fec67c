package io.pyrotorrent.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.domain.model.settings.Setting;
import org.junit.jupiter.api.Test;

/** rTorrent takes "bogus" as a port range and -5 peers: every value is checked before it is sent. */
class SettingValidationTest {

    @Test
    void goodValues_comeOutInOneForm() {
        assertThat(Setting.MAX_PEERS.parse(" 150 ").text()).isEqualTo("150");
        assertThat(Setting.PORT_RANDOM.parse("Yes").text()).isEqualTo("true");
        assertThat(Setting.PORT_RANGE.parse("51000-51010").text()).isEqualTo("51000-51010");
        assertThat(Setting.DHT.parse("AUTO").text()).isEqualTo("auto");
        assertThat(Setting.ENCRYPTION
                        .parse("enable_retry try_outgoing,allow_incoming")
                        .text())
                .isEqualTo("allow_incoming,try_outgoing,enable_retry");
        assertThat(Setting.DEFAULT_DIRECTORY.parse("/data/in/").text()).isEqualTo("/data/in");
        assertThat(Setting.byKey("udp_trackers")).isEqualTo(Setting.UDP_TRACKERS);
    }

    @Test
    void badValues_areRefusedWithTheSettingAndWhatItTakes() {
        assertThatThrownBy(() -> Setting.MAX_PEERS.parse("-5"))
                .hasMessage("max_peers takes a whole number from 1 to 65535, not '-5'");
        assertThatThrownBy(() -> Setting.PORT_RANGE.parse("bogus"))
                .hasMessageStartingWith("port_range takes a port range");
        assertThatThrownBy(() -> Setting.PORT_RANGE.parse("6000-5000")).hasMessageContaining("not '6000-5000'");
        assertThatThrownBy(() -> Setting.DHT.parse("bogus"))
                .hasMessage("dht takes one of disable, off, auto, on, not 'bogus'");
        assertThatThrownBy(() -> Setting.ENCRYPTION.parse("none,require")).hasMessageStartingWith("encryption takes");
        assertThatThrownBy(() -> Setting.ENCRYPTION.parse("rc5")).hasMessageContaining("not 'rc5'");
        assertThatThrownBy(() -> Setting.PEX.parse("maybe")).hasMessage("pex takes true or false, not 'maybe'");
        assertThatThrownBy(() -> Setting.PIECES_MEMORY.parse("1024")).hasMessageStartingWith("pieces_memory takes");
        assertThatThrownBy(() -> Setting.DEFAULT_DIRECTORY.parse("relative/x"))
                .hasMessageStartingWith("default_directory");
        assertThatThrownBy(() -> Setting.DEFAULT_DIRECTORY.parse("/a/\"; execute=sh"))
                .hasMessageStartingWith("default_directory");
        assertThatThrownBy(() -> Setting.DEFAULT_DIRECTORY.parse("/a/../etc"))
                .hasMessageStartingWith("default_directory");
        assertThatThrownBy(() -> Setting.byKey("execute.throw"))
                .hasMessageStartingWith("unknown setting 'execute.throw'; the settings are max_peers");
    }
}
