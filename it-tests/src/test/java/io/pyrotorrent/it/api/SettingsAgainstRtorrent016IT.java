package io.pyrotorrent.it.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.pyrotorrent.it.support.RtorrentContainer;

/**
 * The same settings on rTorrent 0.16 over JSON-RPC: every setter exists under the same name. One
 * difference, measured: 0.16 answers 0 to trackers.use_udp.set and keeps reading 1, so pyroTorrent
 * reports the change as not taken instead of claiming it.
 */
class SettingsAgainstRtorrent016IT extends SettingsAgainstRealRtorrentIT {

    @Override
    String rtorrentImage() {
        return RtorrentContainer.IMAGE_0_16;
    }

    @Override
    void assertUdpTrackersOff(JsonNode answer) {
        assertThat(answer.at("/settings/udp_trackers").asBoolean()).isTrue();
        assertThat(answer.get("notTaken").toString())
                .contains("udp_trackers: rTorrent accepted false but still reads true");
    }
}
