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
import io.pyrotorrent.domain.model.listing.Slice;
import io.pyrotorrent.domain.model.listing.StatusFilter;
import io.pyrotorrent.domain.model.listing.TrackerDomain;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The sidebar's trackers: counted by domain over the whole view, a filter that combines with the others. */
class TrackerFiltersTest {

    private static final Optional<TrackerDomain> EXAMPLE = Optional.of(TrackerDomain.of("example.org"));

    private final InMemoryTorrentClient client = new InMemoryTorrentClient();
    private final TorrentService service =
            new TorrentService(new Targets(Map.<TargetName, TorrentClient>of(TargetName.of("box"), client)));
    private final Listing names =
            Listing.of(ViewName.MAIN, List.of(TorrentFields.NAME)).withFacets(true);

    @BeforeEach
    void aBoxOfFour() {
        client.put(
                        TestTorrent.withTrackers("one.iso", "http://tracker.example.org/announce")
                                .metainfo(),
                        true)
                .label(Label.of("linux"));
        client.put(
                        TestTorrent.withTrackers(
                                        "both.iso", "http://t2.example.org:8080/a", "udp://open.other.net:1337")
                                .metainfo(),
                        false)
                .label(Label.of("films"));
        client.put(
                        TestTorrent.withTrackers("other.mkv", "https://other.net/announce")
                                .metainfo(),
                        true)
                .label(Label.of("linux"));
        client.put(
                TestTorrent.withTrackers("local.txt", "http://127.0.0.1:1/announce")
                        .metainfo(),
                false);
    }

    private Slice slice(Listing listing) {
        return service.slice(Principal.LOCAL, TargetName.of("box"), listing);
    }

    private static List<String> names(Slice slice) {
        return slice.rows().stream().map(r -> r.get(TorrentFields.NAME)).toList();
    }

    @Test
    @DisplayName("each domain counts its torrents over the whole view; a torrent with two counts under both")
    void domainsAreCounted_inNameOrder() {
        var trackers = slice(names.withTracker(EXAMPLE).withFilters(Optional.of("nothing"), Optional.empty()))
                .facets()
                .trackers();

        assertThat(trackers)
                .containsExactly(
                        Map.entry(TrackerDomain.of("127.0.0.1"), 1),
                        Map.entry(TrackerDomain.of("example.org"), 2),
                        Map.entry(TrackerDomain.of("other.net"), 2));
    }

    @Test
    @DisplayName("a tracker filter shows the torrents with a tracker in that domain")
    void aTrackerFilter_selects() {
        assertThat(names(slice(names.withTracker(EXAMPLE)))).containsExactlyInAnyOrder("one.iso", "both.iso");
        assertThat(names(slice(names.withTracker(Optional.of(TrackerDomain.of("other.net"))))))
                .containsExactlyInAnyOrder("both.iso", "other.mkv");
        assertThat(names(slice(names.withTracker(Optional.of(TrackerDomain.of("nowhere.example"))))))
                .isEmpty();
    }

    @Test
    @DisplayName("the tracker filter combines with status, label and the name search (substring or /regex/)")
    void combinesWithTheOtherFilters() {
        var other = names.withTracker(Optional.of(TrackerDomain.of("other.net")));

        assertThat(names(slice(other.withStatus(StatusFilter.STOPPED)))).containsExactly("both.iso");
        assertThat(names(slice(other.withFilters(Optional.empty(), Optional.of(Label.of("linux"))))))
                .containsExactly("other.mkv");
        assertThat(names(slice(other.withFilters(Optional.of(".ISO"), Optional.empty()))))
                .containsExactly("both.iso");
        assertThat(names(slice(other.withFilters(Optional.of("/^oth/"), Optional.empty()))))
                .containsExactly("other.mkv");
    }

    @Test
    @DisplayName("a listing with a tracker filter or counts reads the tracker URLs; a plain one does not")
    void trackerUrlsAreFetchedOnlyWhenNeeded() {
        var plain = Listing.of(ViewName.MAIN, List.of(TorrentFields.NAME));

        assertThat(plain.fieldsToFetch()).doesNotContain(TorrentFields.TRACKER_URLS);
        assertThat(plain.withTracker(EXAMPLE).fieldsToFetch()).contains(TorrentFields.TRACKER_URLS);
        assertThat(names.fieldsToFetch()).contains(TorrentFields.TRACKER_URLS);
    }
}
