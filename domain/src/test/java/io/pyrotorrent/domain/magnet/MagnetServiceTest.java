package io.pyrotorrent.domain.magnet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.UnknownTargetException;
import io.pyrotorrent.domain.model.UnknownTorrentException;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.magnet.MagnetLink;
import io.pyrotorrent.domain.port.out.TorrentClient;
import io.pyrotorrent.domain.service.Targets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MagnetServiceTest {

    private static final TargetName BOX = TargetName.of("box");

    private final InMemoryTorrentClient client = new InMemoryTorrentClient();
    private final MagnetService service =
            new MagnetService(new Targets(Map.<TargetName, TorrentClient>of(BOX, client)));

    @Test
    void aSelection_getsOneLinkEach_withNameAndTrackers_inOneRoundTrip() {
        var first = client.put(TestTorrent.single("debian 12.iso").metainfo(), false)
                .hash();
        var second = client.put(TestTorrent.single("b&c.iso").metainfo(), false).hash();

        var links = service.magnets(Principal.LOCAL, BOX, List.of(first, second));

        assertThat(links)
                .extracting(MagnetLink::uri)
                .containsExactly(
                        "magnet:?xt=urn:btih:" + first.hex().toLowerCase()
                                + "&dn=debian%2012.iso&tr=http%3A%2F%2F127.0.0.1%3A1%2Fannounce",
                        "magnet:?xt=urn:btih:" + second.hex().toLowerCase()
                                + "&dn=b%26c.iso&tr=http%3A%2F%2F127.0.0.1%3A1%2Fannounce");
        assertThat(client.roundTrips()).isEqualTo(1);
    }

    @Test
    void dhtPseudoTrackers_andDuplicates_areLeftOut() {
        var link = new MagnetLink(TestTorrent.randomHash(), "", List.of("dht://", "udp://t/a", "udp://t/a"));

        assertThat(link.uri()).endsWith("&tr=udp%3A%2F%2Ft%2Fa").doesNotContain("dht", "&dn=");
    }

    @Test
    void anUnknownHash_isUnknown_andAnotherUsersTargetIsMissing() {
        InfoHash unknown = TestTorrent.randomHash();

        assertThatThrownBy(() -> service.magnets(Principal.LOCAL, BOX, List.of(unknown)))
                .isInstanceOf(UnknownTorrentException.class);
        assertThatThrownBy(() -> service.magnets(new Principal("mallory", false, Set.of()), BOX, List.of(unknown)))
                .isInstanceOf(UnknownTargetException.class);
    }
}
