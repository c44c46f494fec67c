package io.pyrotorrent.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.add.AddOptions;
import io.pyrotorrent.domain.model.add.AddResult;
import io.pyrotorrent.domain.model.add.NamedSource;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.request.TorrentSource;
import io.pyrotorrent.domain.port.out.TorrentClient;
import io.pyrotorrent.domain.port.out.TorrentFileFetcher;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AddServiceTest {

    private final InMemoryTorrentClient client = new InMemoryTorrentClient();
    private final TestTorrent remote = TestTorrent.unique("remote");
    private final AddService service =
            new AddService(new Targets(Map.<TargetName, TorrentClient>of(TargetName.of("box"), client)), url -> {
                if (url.getHost().equals("127.0.0.1")) {
                    throw new TorrentFileFetcher.FetchRefusedException("127.0.0.1 is a loopback address");
                }
                return remote.bytes();
            });

    @Test
    void filesUrlsAndMagnets_areCheckedThenAddedTogether_andEachGetsItsOwnResult() {
        var file = TestTorrent.unique("upload");
        var magnetHash = TestTorrent.randomHash();

        var results = service.add(
                Principal.LOCAL,
                TargetName.of("box"),
                List.of(
                        new NamedSource("upload.torrent", file.source()),
                        new NamedSource("garbage.torrent", new TorrentSource.FileBytes("nope".getBytes())),
                        new NamedSource(
                                "https://example.test/r.torrent",
                                new TorrentSource.Url(URI.create("https://example.test/r.torrent"))),
                        new NamedSource("http://127.0.0.1/x", new TorrentSource.Url(URI.create("http://127.0.0.1/x"))),
                        new NamedSource("magnet", TestTorrent.magnet(magnetHash))),
                new AddOptions(false, Label.of("new"), Optional.empty()));

        // The add, then whether rTorrent kept the magnet (it creates it after the add's round trip).
        assertThat(client.roundTrips()).isEqualTo(2);
        assertThat(results)
                .containsExactly(
                        new AddResult.Added("upload.torrent", Optional.of(file.hash())),
                        new AddResult.Refused("garbage.torrent", "not a valid .torrent file: expected ':' at byte 0"),
                        new AddResult.Added("https://example.test/r.torrent", Optional.of(remote.hash())),
                        new AddResult.Refused("http://127.0.0.1/x", "127.0.0.1 is a loopback address"),
                        new AddResult.Added("magnet", Optional.of(magnetHash)));
        assertThat(client.torrent(file.hash()).hash()).isEqualTo(file.hash());
    }

    @Test
    void everyUrlOfOneAdd_isFetchedUnderOneSharedRequestDeadline() {
        var fetched = new ArrayList<String>();
        var fetcher = new TorrentFileFetcher() {
            int requests;

            @Override
            public byte[] fetch(URI url) {
                throw new AssertionError("fetched outside a request's deadline: " + url);
            }

            @Override
            public TorrentFileFetcher forOneRequest() {
                int request = ++requests;
                return url -> {
                    fetched.add(request + " " + url);
                    return TestTorrent.unique(url.getPath()).bytes();
                };
            }
        };
        var adding =
                new AddService(new Targets(Map.<TargetName, TorrentClient>of(TargetName.of("box"), client)), fetcher);

        var results = adding.add(
                Principal.LOCAL,
                TargetName.of("box"),
                List.of(
                        new NamedSource("a", new TorrentSource.Url(URI.create("https://a.test/1"))),
                        new NamedSource("b", new TorrentSource.Url(URI.create("https://a.test/2")))),
                AddOptions.started());

        assertThat(results).allSatisfy(result -> assertThat(result).isInstanceOf(AddResult.Added.class));
        assertThat(fetched).containsExactly("1 https://a.test/1", "1 https://a.test/2");
    }

    @Test
    void aMagnetRtorrentDropped_isRefusedSayingWhy_andTheRestOfTheAddStands() {
        var file = TestTorrent.unique("upload");
        var trackerless = TestTorrent.randomHash();
        var kept = TestTorrent.randomHash();

        var results = service.add(
                Principal.LOCAL,
                TargetName.of("box"),
                List.of(
                        new NamedSource("upload.torrent", file.source()),
                        new NamedSource(
                                "no tracker", new TorrentSource.Magnet("magnet:?xt=urn:btih:" + trackerless.hex())),
                        new NamedSource("kept", TestTorrent.magnet(kept))),
                new AddOptions(false, io.pyrotorrent.domain.model.Label.of(""), Optional.empty()));

        assertThat(results)
                .containsExactly(
                        new AddResult.Added("upload.torrent", Optional.of(file.hash())),
                        new AddResult.Refused(
                                "no tracker",
                                "rTorrent did not keep this magnet link: it keeps one only if the link names a"
                                        + " tracker or rTorrent's DHT is on"),
                        new AddResult.Added("kept", Optional.of(kept)));
        assertThat(client.all()).extracting(t -> t.hash()).containsExactlyInAnyOrder(file.hash(), kept);
    }

    @Test
    void anAddWithoutMagnets_isOneRoundTrip() {
        service.add(
                Principal.LOCAL,
                TargetName.of("box"),
                List.of(new NamedSource(
                        "upload.torrent", TestTorrent.unique("one").source())),
                new AddOptions(false, io.pyrotorrent.domain.model.Label.of(""), Optional.empty()));

        assertThat(client.roundTrips()).isEqualTo(1);
    }

    @Test
    void nothingValid_sendsNothing() {
        var results = service.add(
                Principal.LOCAL,
                TargetName.of("box"),
                List.of(new NamedSource("x", new TorrentSource.FileBytes(new byte[] {'d', 'e'}))),
                AddOptions.started());

        assertThat(results).singleElement().isInstanceOf(AddResult.Refused.class);
        assertThat(client.roundTrips()).isZero();
    }

    @Test
    void fetch_resolvesAUrlAsAddDoes_andNamesWhyOneIsRefused() {
        var fetched = service.fetch(new TorrentSource.Url(URI.create("https://example.test/r.torrent")));

        assertThat(fetched).isEqualTo(remote.source());
        assertThatThrownBy(() -> service.fetch(new TorrentSource.Url(URI.create("http://127.0.0.1/x"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("127.0.0.1 is a loopback address");
    }
}
