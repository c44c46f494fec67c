package io.pyrotorrent.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.fake.DrivenScheduler;
import io.pyrotorrent.domain.fake.FakeTorrent;
import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestClock;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.mirror.Cadence;
import io.pyrotorrent.domain.mirror.MirroredTorrentClient;
import io.pyrotorrent.domain.mirror.TargetMirror;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.listing.Listing;
import io.pyrotorrent.domain.model.listing.SortOrder;
import io.pyrotorrent.domain.model.overview.TargetSection;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class OverviewWarmUpTest {

    private static final TargetName SEEDBOX = TargetName.of("seedbox");

    private final InMemoryTorrentClient rtorrent = new InMemoryTorrentClient();
    private final TestClock clock = new TestClock();
    private final TargetMirror mirror = TargetMirror.of(rtorrent, clock, new DrivenScheduler());

    private final OverviewService service = new OverviewService(
            new Targets(
                    Map.<TargetName, TorrentClient>of(SEEDBOX, new MirroredTorrentClient(mirror, rtorrent)),
                    Map.of(SEEDBOX, mirror)),
            Runnable::run,
            () -> clock.millis() * 1_000_000);
    private final Listing bySpeed = Listing.of(ViewName.MAIN, List.of(TorrentFields.NAME, TorrentFields.DOWN_RATE))
            .withSort(TorrentFields.DOWN_RATE, SortOrder.DESCENDING)
            .withFacets(true);
    private final TestTorrent slowOne = TestTorrent.unique("slow");
    private final TestTorrent fastOne = TestTorrent.unique("fast");
    private FakeTorrent slow;

    @BeforeEach
    void twoTorrents() {
        slow = rtorrent.put(slowOne.metainfo(), true).rates(0, 10);
        rtorrent.put(fastOne.metainfo(), true).rates(0, 500);
    }

    private List<String> names(Listing listing) {
        var section = (TargetSection.Loaded)
                service.overview(Principal.LOCAL, listing).sections().get(0);
        return section.torrents().rows().stream()
                .map((Row r) -> r.get(TorrentFields.NAME))
                .toList();
    }

    @Test
    void aPollWithNewRows_worksOutTheListingsReadLately_soTheNextPageFindsThemDone() {
        assertThat(names(bySpeed)).containsExactly(fastOne.name(), slowOne.name());
        long afterFirstPage = service.listingsWorkedOut();

        slow.rates(0, 9000);
        clock.advance(Cadence.POLL);
        mirror.poll();
        long afterPoll = service.listingsWorkedOut();
        List<String> next = names(bySpeed);

        assertThat(afterPoll - afterFirstPage)
                .as("worked out when the poll's rows came")
                .isEqualTo(1);
        assertThat(service.listingsWorkedOut()).as("the page found it done").isEqualTo(afterPoll);
        assertThat(next).containsExactly(slowOne.name(), fastOne.name());
    }

    @Test
    void listingsNobodyReadForHalfAMinute_areNotWorkedOut_andWarmUpsNeverKeepTheMirrorPolling() {
        names(bySpeed);
        for (int i = 0; i < 30; i++) {
            slow.rates(0, 100 + i);
            clock.advance(Cadence.POLL);
            mirror.poll();
        }
        long before = service.listingsWorkedOut();
        long roundTrips = rtorrent.roundTrips();

        slow.rates(0, 7);
        clock.advance(Cadence.POLL);
        boolean polled = mirror.poll();
        clock.advance(Cadence.DEFAULT.idleAfter());
        boolean polledAfterAMinute = mirror.poll();

        assertThat(polled)
                .as("still watched: the page read 46 s ago counts, not the warm-ups")
                .isTrue();
        assertThat(service.listingsWorkedOut())
                .as("not read for 30 s: not worked out")
                .isEqualTo(before);
        assertThat(polledAfterAMinute)
                .as("nobody read for a minute: the mirror rests")
                .isFalse();
        assertThat(rtorrent.roundTrips() - roundTrips).isEqualTo(1);
    }
}
