package io.pyrotorrent.domain.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.listing.Listing;
import io.pyrotorrent.domain.model.listing.Slice;
import io.pyrotorrent.domain.model.listing.StatusFilter;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The sidebar's filters and counts, computed on the server over the in-memory fake. */
class SidebarFiltersTest {

    private final InMemoryTorrentClient client = new InMemoryTorrentClient();
    private final TorrentService service =
            new TorrentService(new Targets(Map.<TargetName, TorrentClient>of(TargetName.of("box"), client)));
    private final Listing names =
            Listing.of(ViewName.MAIN, List.of(TorrentFields.NAME)).withFacets(true);

    @BeforeEach
    void aBoxOfFive() {
        client.put(TestTorrent.single("downloading.iso").metainfo(), true)
                .rates(0, 5_000)
                .label(Label.of("linux"));
        client.put(TestTorrent.single("seeding.iso").metainfo(), true)
                .complete(true)
                .rates(2_000, 0)
                .label(Label.of("linux"));
        client.put(TestTorrent.single("idle-seed.mkv").metainfo(), true)
                .complete(true)
                .label(Label.of("films"));
        client.put(TestTorrent.single("stopped.txt").metainfo(), false);
        client.put(TestTorrent.single("gone.flac").metainfo(), false)
                .message("Tracker: [Failure reason \"Unregistered torrent\"]");
    }

    private Slice slice(Listing listing) {
        return service.slice(Principal.LOCAL, TargetName.of("box"), listing);
    }

    private static List<String> names(Slice slice) {
        return slice.rows().stream().map(r -> r.get(TorrentFields.NAME)).toList();
    }

    @Test
    @DisplayName("each status filter shows its torrents, and the counts say so for every filter at once")
    void statusFilters_selectAndCount() {
        assertThat(names(slice(names.withStatus(StatusFilter.DOWNLOADING)))).containsExactly("downloading.iso");
        assertThat(names(slice(names.withStatus(StatusFilter.SEEDING))))
                .containsExactlyInAnyOrder("seeding.iso", "idle-seed.mkv");
        assertThat(names(slice(names.withStatus(StatusFilter.ACTIVE))))
                .containsExactlyInAnyOrder("downloading.iso", "seeding.iso");
        assertThat(names(slice(names.withStatus(StatusFilter.STOPPED))))
                .containsExactlyInAnyOrder("stopped.txt", "gone.flac");
        assertThat(names(slice(names.withStatus(StatusFilter.TRACKER_ERROR)))).containsExactly("gone.flac");

        var counts =
                slice(names.withStatus(StatusFilter.TRACKER_ERROR)).facets().statuses();
        assertThat(counts)
                .containsEntry(StatusFilter.ALL, 5)
                .containsEntry(StatusFilter.DOWNLOADING, 1)
                .containsEntry(StatusFilter.SEEDING, 2)
                .containsEntry(StatusFilter.COMPLETE, 2)
                .containsEntry(StatusFilter.STOPPED, 2)
                .containsEntry(StatusFilter.PAUSED, 0)
                .containsEntry(StatusFilter.ACTIVE, 2)
                .containsEntry(StatusFilter.INACTIVE, 3)
                .containsEntry(StatusFilter.CHECKING, 0)
                .containsEntry(StatusFilter.ERROR, 1)
                .containsEntry(StatusFilter.TRACKER_ERROR, 1);
    }

    @Test
    void labelsAreCountedOverTheWholeView_inNameOrder_unlabelledUnderTheEmptyLabel() {
        var labels = slice(names.withFilters(Optional.of("nothing matches"), Optional.empty()))
                .facets()
                .labels();

        assertThat(labels)
                .containsExactly(
                        Map.entry(Label.NONE, 2), Map.entry(Label.of("films"), 1), Map.entry(Label.of("linux"), 2));
    }

    @Test
    void statusLabelAndSearchCombine() {
        var page = slice(
                names.withStatus(StatusFilter.SEEDING).withFilters(Optional.of("ISO"), Optional.of(Label.of("linux"))));

        assertThat(names(page)).containsExactly("seeding.iso");
        assertThat(page.total()).isEqualTo(1);
    }

    @Test
    void aRegularExpressionSearch_matchesWithoutCase_whenAsked() {
        var regex = names.withFilters(Optional.of("^(SEEDING|stopped)\\."), Optional.empty());

        assertThat(names(slice(regex.withRegex(true)))).containsExactlyInAnyOrder("seeding.iso", "stopped.txt");
        assertThat(names(slice(regex)))
                .as("as a plain substring it matches nothing")
                .isEmpty();
    }

    @Test
    void aBrokenRegularExpression_isRefusedNamingTheSearch() {
        assertThatThrownBy(() -> names.withFilters(Optional.of("(unclosed"), Optional.empty())
                        .withRegex(true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("search is not a valid regular expression");
    }

    @Test
    void aCatastrophicRegularExpression_stopsWithAClearRefusal_insteadOfRunningForMinutes() {
        client.put(TestTorrent.single("a".repeat(30)).metainfo(), false);

        assertThatThrownBy(() -> slice(names.withFilters(Optional.of("(.*a){12}b"), Optional.empty())
                        .withRegex(true)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("too costly");
    }

    @Test
    void aListingThatAsksNoCounts_fetchesNothingForThem() {
        var plain = Listing.of(ViewName.MAIN, List.of(TorrentFields.NAME));

        assertThat(plain.fieldsToFetch())
                .doesNotContain(TorrentFields.LABEL, TorrentFields.MESSAGE, TorrentFields.UP_RATE);
        assertThat(names.fieldsToFetch()).contains(TorrentFields.LABEL, TorrentFields.MESSAGE, TorrentFields.UP_RATE);
    }
}
