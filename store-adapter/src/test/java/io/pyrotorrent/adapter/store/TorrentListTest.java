package io.pyrotorrent.adapter.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TorrentListTest {

    @Test
    void anyNames_evenWithLineBreaksAndBackslashes_comeBackAsTheyWent() {
        var names = List.of("a\nb", "c\\nd", "\\", "", "e\r\n", "plain");

        assertThat(TorrentList.decode(TorrentList.encode(names))).isEqualTo(names);
        assertThat(TorrentList.decode(TorrentList.encode(List.of()))).isEmpty();
    }
}
