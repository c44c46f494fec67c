package io.pyrotorrent.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.listing.Listing;
import io.pyrotorrent.domain.model.overview.TargetSection;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.Snapshot;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;

class OverviewServiceTest {

    private final InMemoryTorrentClient seedbox = new InMemoryTorrentClient();
    private final InMemoryTorrentClient nas = new InMemoryTorrentClient();

    private OverviewService service() {
        var clients = new LinkedHashMap<TargetName, io.pyrotorrent.domain.port.out.TorrentClient>();
        clients.put(TargetName.of("seedbox"), seedbox);
        clients.put(TargetName.of("nas"), nas);
        return new OverviewService(new Targets(clients), Executors.newCachedThreadPool());
    }

    @Test
    void eachInstance_costsOneRoundTripAndGetsItsOwnSection() {
        seedbox.hostname("seedbox-host");
        var torrent = TestTorrent.unique("ubuntu");
        seedbox.put(torrent.metainfo(), true);

        var overview = service().overview(Principal.LOCAL, Listing.of(ViewName.MAIN, List.of(TorrentFields.NAME)));

        assertThat(overview.sections())
                .extracting(TargetSection::target)
                .containsExactly(TargetName.of("seedbox"), TargetName.of("nas"));
        var loaded = (TargetSection.Loaded) overview.sections().get(0);
        assertThat(loaded.client().get(ClientFields.HOSTNAME)).isEqualTo("seedbox-host");
        assertThat(loaded.torrents().rows())
                .extracting(r -> r.get(TorrentFields.NAME))
                .containsExactly(torrent.name());
        assertThat(seedbox.roundTrips()).isEqualTo(1);
        assertThat(nas.roundTrips()).isEqualTo(1);
    }

    @Test
    void aFailingInstance_failsInItsOwnSectionOnly() {
        var timedOut = new ClientFailure.TimedOut(Duration.ofSeconds(10));
        nas.failWith(timedOut);

        var overview = service().overview(Principal.LOCAL, Listing.of(ViewName.MAIN, List.of(TorrentFields.NAME)));

        assertThat(overview.sections().get(0)).isInstanceOf(TargetSection.Loaded.class);
        assertThat(overview.sections().get(1)).isEqualTo(new TargetSection.Failed(TargetName.of("nas"), timedOut));
    }

    @Test
    void theAtOnceOverview_acceptsKeptRows_andSaysWhenTheyWereRead_whileTheLiveOneDoesNot() {
        Instant read = Instant.parse("2026-12-07T01:00:00Z");
        var asked = new java.util.ArrayList<Boolean>();
        TorrentClient resting = request -> {
            asked.add(request.acceptsKept());
            var answer = seedbox.send(new Request(request.steps()));
            return request.acceptsKept() ? new Snapshot(answer.outcomes(), Optional.of(read)) : answer;
        };
        var clients = new LinkedHashMap<TargetName, TorrentClient>();
        clients.put(TargetName.of("seedbox"), resting);
        var service = new OverviewService(new Targets(clients), Executors.newCachedThreadPool());
        var listing = Listing.of(ViewName.MAIN, List.of(TorrentFields.NAME));

        var atOnce = (TargetSection.Loaded)
                service.overviewAtOnce(Principal.LOCAL, listing).sections().get(0);
        var live = (TargetSection.Loaded)
                service.overview(Principal.LOCAL, listing).sections().get(0);

        assertThat(asked).containsExactly(true, false);
        assertThat(atOnce.keptFrom()).contains(read);
        assertThat(live.keptFrom()).isEmpty();
    }
}
