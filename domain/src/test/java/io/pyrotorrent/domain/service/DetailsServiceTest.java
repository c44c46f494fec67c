package io.pyrotorrent.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.UnknownTorrentException;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.field.FileFields;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DetailsServiceTest {

    private final InMemoryTorrentClient client = new InMemoryTorrentClient();
    private final DetailsService service =
            new DetailsService(new Targets(Map.<TargetName, TorrentClient>of(TargetName.of("box"), client)));

    @Test
    void aTorrent_comesWithFilesPeersAndTrackers_inOneRoundTrip() {
        var files = new LinkedHashMap<String, Long>();
        files.put("a/b.txt", 10L);
        files.put("c.bin", 20L);
        var torrent = TestTorrent.multi("pack", files);
        client.put(torrent.metainfo(), false);

        var details = service.details(Principal.LOCAL, TargetName.of("box"), torrent.hash());

        assertThat(client.roundTrips()).isEqualTo(1);
        assertThat(details.torrent().get(TorrentFields.NAME)).isEqualTo("pack");
        assertThat(details.files()).extracting(r -> r.get(FileFields.PATH)).containsExactly("a/b.txt", "c.bin");
        assertThat(details.peers()).isEmpty();
        assertThat(details.trackers()).hasSize(1);
    }

    @Test
    void anUnknownHash_isUnknownTorrent() {
        var hash = TestTorrent.randomHash();

        assertThatThrownBy(() -> service.details(Principal.LOCAL, TargetName.of("box"), hash))
                .isInstanceOf(UnknownTorrentException.class)
                .hasMessageContaining(hash.hex());
    }
}
