package io.pyrotorrent.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.listing.Listing;
import io.pyrotorrent.domain.model.listing.SortOrder;
import io.pyrotorrent.domain.model.listing.TorrentState;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class SlicerTest {

    private final InMemoryTorrentClient client = new InMemoryTorrentClient();
    private final TorrentService service =
            new TorrentService(new Targets(Map.<TargetName, TorrentClient>of(TargetName.of("box"), client)));
    private final Listing names = Listing.of(ViewName.MAIN, List.of(TorrentFields.NAME));

    @Test
    void aLargeView_isServedOnePageAtATime_inOneRoundTrip() {
        IntStream.range(0, 250)
                .forEach(i ->
                        client.put(TestTorrent.single(String.format("t%03d", i)).metainfo(), false));

        var page = service.slice(
                Principal.LOCAL,
                TargetName.of("box"),
                names.withSort(TorrentFields.NAME, SortOrder.DESCENDING).withPage(100, 100));

        assertThat(client.roundTrips()).isEqualTo(1);
        assertThat(page.total()).isEqualTo(250);
        assertThat(page.rows()).hasSize(100);
        assertThat(page.rows().get(0).get(TorrentFields.NAME)).isEqualTo("t149");
        assertThat(page.stateCounts().get(TorrentState.STOPPED)).isEqualTo(250);
    }

    @Test
    void aSort_comparesNamesWithoutCase_breaksTiesByHash_andDescendingReversesBoth() {
        var a = client.put(TestTorrent.single("same").metainfo(), false);
        var b = client.put(TestTorrent.single("SAME").metainfo(), false);
        client.put(TestTorrent.single("Zebra").metainfo(), false);
        client.put(TestTorrent.single("apple").metainfo(), false);
        String first = a.hash().hex().compareTo(b.hash().hex()) < 0 ? "same" : "SAME";
        String second = first.equals("same") ? "SAME" : "same";

        var up = service.slice(
                Principal.LOCAL, TargetName.of("box"), names.withSort(TorrentFields.NAME, SortOrder.ASCENDING));
        var down = service.slice(
                Principal.LOCAL, TargetName.of("box"), names.withSort(TorrentFields.NAME, SortOrder.DESCENDING));

        assertThat(up.rows())
                .extracting(r -> r.get(TorrentFields.NAME))
                .containsExactly("apple", first, second, "Zebra");
        assertThat(down.rows())
                .extracting(r -> r.get(TorrentFields.NAME))
                .containsExactly("Zebra", second, first, "apple");
    }

    @Test
    void filters_matchNamesWithoutCaseAndLabelsExactly_andCountTheWholeViewByState() {
        client.put(TestTorrent.single("Ubuntu 24.04").metainfo(), true).label(Label.of("iso"));
        client.put(TestTorrent.single("ubuntu-notes.txt").metainfo(), false);
        client.put(TestTorrent.single("debian").metainfo(), false).label(Label.of("iso"));

        var page = service.slice(
                Principal.LOCAL,
                TargetName.of("box"),
                names.withFilters(Optional.of(" UBUNTU "), Optional.of(Label.of("iso"))));

        assertThat(page.rows()).extracting(r -> r.get(TorrentFields.NAME)).containsExactly("Ubuntu 24.04");
        assertThat(page.total()).isEqualTo(1);
        assertThat(page.stateCounts()).containsEntry(TorrentState.STARTED, 1).containsEntry(TorrentState.STOPPED, 2);
    }

    @Test
    void aPagePastTheEnd_isEmptyButKeepsTheTotal() {
        client.put(TestTorrent.single("only").metainfo(), false);

        var page = service.slice(Principal.LOCAL, TargetName.of("box"), names.withPage(500, 10));

        assertThat(page.rows()).isEmpty();
        assertThat(page.total()).isEqualTo(1);
    }
}
