package io.pyrotorrent.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.field.Field;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.listing.Listing;
import io.pyrotorrent.domain.model.listing.SortOrder;
import io.pyrotorrent.domain.model.listing.StatusFilter;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.MatchingRun;
import io.pyrotorrent.domain.model.request.Outcome;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** "Select all N that match": the request names the filter; the domain resolves it to hashes. */
class MatchingRunTest {

    private static final TargetName LOCAL = TargetName.of("local");
    private final InMemoryTorrentClient client = new InMemoryTorrentClient();
    private final TorrentService service =
            new TorrentService(new Targets(Map.<TargetName, TorrentClient>of(LOCAL, client)));

    private Listing linuxDownloading() {
        return Listing.of(ViewName.MAIN, List.<Field<?>>of(TorrentFields.NAME))
                .withFilters(Optional.of("ubuntu"), Optional.of(Label.of("linux")))
                .withStatus(StatusFilter.DOWNLOADING)
                .withSort(TorrentFields.NAME, SortOrder.DESCENDING)
                .withPage(0, 1);
    }

    @Test
    @DisplayName(
            "the filter is resolved to exactly the matching torrents, whatever the page, and the commands go in one round trip")
    void stopsExactlyTheMatchingTorrents() {
        var a = client.put(TestTorrent.single("ubuntu-a.iso").metainfo(), true).label(Label.of("linux"));
        var b = client.put(TestTorrent.single("ubuntu-b.iso").metainfo(), true).label(Label.of("linux"));
        var otherLabel =
                client.put(TestTorrent.single("ubuntu-c.iso").metainfo(), true).label(Label.of("films"));
        var otherName =
                client.put(TestTorrent.single("debian.iso").metainfo(), true).label(Label.of("linux"));
        var stopped =
                client.put(TestTorrent.single("ubuntu-d.iso").metainfo(), false).label(Label.of("linux"));
        long before = client.roundTrips();

        var run = service.runOnMatching(Principal.LOCAL, LOCAL, linuxDownloading(), 2, Command.Stop::new);

        assertThat(client.roundTrips() - before).isEqualTo(2); // one read of the view, one batch of commands
        assertThat(run).isInstanceOfSatisfying(MatchingRun.Ran.class, ran -> {
            assertThat(ran.hashes()).containsExactly(b.hash(), a.hash());
            assertThat(ran.results().names()).containsEntry(a.hash(), "ubuntu-a.iso");
            assertThat(ran.results().outcomes()).hasSize(2).allMatch(Outcome.Success.class::isInstance);
        });
        var started = service.list(Principal.LOCAL, LOCAL, ViewName.of("started"), List.of(TorrentFields.HASH)).stream()
                .map(r -> r.get(TorrentFields.HASH))
                .toList();
        assertThat(started).containsExactlyInAnyOrder(otherLabel.hash(), otherName.hash());
        assertThat(started).doesNotContain(stopped.hash());
    }

    @Test
    @DisplayName("when the filter matches another count than the one confirmed, nothing runs")
    void aChangedCount_runsNothing() {
        var a = client.put(TestTorrent.single("ubuntu-a.iso").metainfo(), true).label(Label.of("linux"));
        long before = client.roundTrips();

        var run = service.runOnMatching(Principal.LOCAL, LOCAL, linuxDownloading(), 5, Command.Erase::new);

        assertThat(run).isEqualTo(new MatchingRun.CountChanged(1, 5));
        assertThat(client.roundTrips() - before).isEqualTo(1);
        assertThat(client.torrent(a.hash())).isNotNull();
    }
}
