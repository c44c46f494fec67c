package io.pyrotorrent.adapter.web.data;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.web.RunningWebUi;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.InfoHash;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The torrent page's "Remove with data…": a preview page, then a CSRF-checked POST; real files in a temp dir. */
class RemoveDataPageTest {

    @TempDir
    Path storage;

    private RunningWebUi ui;

    @AfterEach
    void stop() {
        ui.close();
    }

    private InfoHash onDisk(String name) throws Exception {
        Files.createDirectories(storage.resolve("downloads"));
        Files.writeString(storage.resolve("downloads").resolve(name), "12345");
        return ui.seedbox.put(TestTorrent.single(name).metainfo(), false).hash();
    }

    @Test
    void theTorrentPage_linksToAPreview_thatNamesTheFilesAndAsksFirst() throws Exception {
        ui = RunningWebUi.withStorage(storage);
        var hash = onDisk("debian.iso");
        var browser = ui.browser();

        var torrentPage = browser.get("target/seedbox/torrent/" + hash.hex());
        var preview = browser.get("target/seedbox/torrent/" + hash.hex() + "/remove_data");

        assertThat(torrentPage.body()).contains("/remove_data\">Remove with data…</a>");
        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body())
                .contains("debian.iso")
                .contains("Remove and delete")
                .contains("5 B");
        assertThat(storage.resolve("downloads/debian.iso")).exists();
        assertThat(ui.seedboxHas(hash)).isTrue();
    }

    @Test
    void confirming_removesTheTorrentAndItsFile_andSaysSo() throws Exception {
        ui = RunningWebUi.withStorage(storage);
        var hash = onDisk("debian.iso");
        var browser = ui.browser();

        var answer = browser.post("target/seedbox/torrent/" + hash.hex() + "/remove_data");

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(browser.follow(answer).body()).contains("Removed").contains("deleted 1 files");
        assertThat(ui.seedboxHas(hash)).isFalse();
        assertThat(storage.resolve("downloads/debian.iso")).doesNotExist();
    }

    @Test
    void withoutAValidCsrfToken_nothingIsRemoved() throws Exception {
        ui = RunningWebUi.withStorage(storage);
        var hash = onDisk("debian.iso");

        var answer = ui.browser().postRaw("target/seedbox/torrent/" + hash.hex() + "/remove_data");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(ui.seedboxHas(hash)).isTrue();
        assertThat(storage.resolve("downloads/debian.iso")).exists();
    }

    @Test
    void withoutAMapping_thePageSaysItCannotSeeTheFiles_andOffersOnlyErase() throws Exception {
        ui = RunningWebUi.start();
        var hash = ui.seedbox
                .put(TestTorrent.single("elsewhere.iso").metainfo(), false)
                .hash();

        var preview = ui.browser().get("target/seedbox/torrent/" + hash.hex() + "/remove_data");

        assertThat(preview.body()).contains("cannot see").contains("Erase only").doesNotContain("Remove and delete");
    }
}
