package io.pyrotorrent.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.TrackerUrl;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.field.TrackerFields;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Adding, turning off and reannouncing trackers: commands of the closed family, run like any other. */
class TrackerCommandsTest {

    private static final TargetName BOX = TargetName.of("box");

    private final InMemoryTorrentClient client = new InMemoryTorrentClient();
    private final TorrentService service =
            new TorrentService(new Targets(Map.<TargetName, TorrentClient>of(BOX, client)));
    private final DetailsService details =
            new DetailsService(new Targets(Map.<TargetName, TorrentClient>of(BOX, client)));
    private final InfoHash hash =
            client.put(TestTorrent.unique("tracked").metainfo(), false).hash();

    @Test
    void addingATracker_listsIt_andDisablingItShowsItOff() {
        var outcomes = service.run(
                Principal.LOCAL,
                BOX,
                List.of(
                        new Command.AddTracker(hash, TrackerUrl.of("udp://tracker.example:6969/announce")),
                        new Command.SetTrackerEnabled(hash, 1, false)));

        assertThat(outcomes).allMatch(outcome -> outcome instanceof Outcome.Success);
        var trackers = details.details(Principal.LOCAL, BOX, hash).trackers();
        assertThat(trackers).hasSize(2);
        assertThat(trackers.get(1).get(TrackerFields.URL)).isEqualTo("udp://tracker.example:6969/announce");
        assertThat(trackers.get(1).get(TrackerFields.ENABLED)).isFalse();
        assertThat(trackers.get(0).get(TrackerFields.ENABLED)).isTrue();
    }

    @Test
    void reannouncingASelection_announcesEachOnce_andAMissingTrackerIsRefused() {
        var other = client.put(TestTorrent.unique("other").metainfo(), false).hash();

        var outcomes = service.run(
                Principal.LOCAL,
                BOX,
                List.of(
                        new Command.Reannounce(hash),
                        new Command.Reannounce(other),
                        new Command.SetTrackerEnabled(hash, 7, true)));

        assertThat(client.torrent(hash).announces()).isEqualTo(1);
        assertThat(client.torrent(other).announces()).isEqualTo(1);
        assertThat(outcomes.get(2)).isInstanceOf(Outcome.Failure.class);
    }

    @Test
    void aTrackerUrl_isHttpHttpsOrUdpWithAHost_andNothingElse() {
        assertThat(TrackerUrl.of(" https://t.example/announce?passkey=abc ").value())
                .isEqualTo("https://t.example/announce?passkey=abc");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TrackerUrl.of("file:///etc/passwd"))
                .withMessageContaining("http://");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TrackerUrl.of("http://a b/"))
                .withMessageContaining("spaces");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TrackerUrl.of("http:///announce"))
                .withMessageContaining("host");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> TrackerUrl.of("http://t/" + "x".repeat(2048)))
                .withMessageContaining("2048");
    }
}
