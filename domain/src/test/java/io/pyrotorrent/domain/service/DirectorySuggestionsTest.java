package io.pyrotorrent.domain.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.fake.InMemoryTorrentClient;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.TargetName;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.auth.Principal;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.listing.Listing;
import io.pyrotorrent.domain.port.out.TorrentClient;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The add dialog's directory suggestions: the facets name the download directories in use. */
class DirectorySuggestionsTest {

    private final InMemoryTorrentClient client = new InMemoryTorrentClient();
    private final TorrentService service =
            new TorrentService(new Targets(Map.<TargetName, TorrentClient>of(TargetName.of("box"), client)));

    private List<String> suggested(Listing listing) {
        return service.slice(Principal.LOCAL, TargetName.of("box"), listing)
                .facets()
                .directories();
    }

    @Test
    @DisplayName("a multi-file torrent suggests the folder it was added to, not its own; the most used comes first")
    void directories_parentOfMultiFile_mostUsedFirst() {
        client.put(TestTorrent.single("a.iso").metainfo(), false);
        client.put(TestTorrent.single("b.iso").metainfo(), false);
        client.put(
                        TestTorrent.multi("Album", Map.of("1.flac", 10L, "2.flac", 20L))
                                .metainfo(),
                        false)
                .directory("/music/Album");

        var directories =
                suggested(Listing.of(ViewName.MAIN, List.of(TorrentFields.NAME)).withFacets(true));

        assertThat(directories).containsExactly("/downloads", "/music");
    }

    @Test
    @DisplayName("without facets nothing is suggested, and the directory is not fetched")
    void noFacets_noDirectories() {
        client.put(TestTorrent.single("a.iso").metainfo(), false);
        var listing = Listing.of(ViewName.MAIN, List.of(TorrentFields.NAME));

        assertThat(suggested(listing)).isEmpty();
        assertThat(listing.fieldsToFetch()).doesNotContain(TorrentFields.DIRECTORY);
        assertThat(listing.withFacets(true).fieldsToFetch()).contains(TorrentFields.DIRECTORY);
    }
}
