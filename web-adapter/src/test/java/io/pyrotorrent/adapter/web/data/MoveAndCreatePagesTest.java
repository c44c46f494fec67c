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

/**
 * "Move data…" on the torrent page and in the bulk toolbar, "Create a torrent" in each instance's
 * header, and the job page both lead to; real files in a temp dir, jobs run at once.
 */
class MoveAndCreatePagesTest {

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
    void theTorrentPage_linksToTheMoveForm_whichMovesTheFile_andShowsTheFinishedJob() throws Exception {
        ui = RunningWebUi.withStorage(storage);
        var hash = onDisk("debian.iso");
        var browser = ui.browser();

        var torrentPage = browser.get("target/seedbox/torrent/" + hash.hex());
        var form = browser.get("target/seedbox/move?hash=" + hash.hex());
        var answer = browser.post("target/seedbox/move", "hashes", hash.hex(), "directory", "/done");
        var job = browser.follow(answer);

        assertThat(torrentPage.body()).contains("/move?hash=" + hash.hex() + "\">Move data…</a>");
        assertThat(form.body()).contains("Move the data of 1 torrent").contains("value=\"" + hash.hex() + "\"");
        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(job.body()).contains("Moving data").contains("Finished").contains("renamed into /done");
        assertThat(job.body()).doesNotContain("http-equiv=\"refresh\"");
        assertThat(storage.resolve("done/debian.iso")).hasContent("12345");
    }

    @Test
    void theBulkToolbarsMoveButton_asksWhereTo_forTheCheckedTorrents() throws Exception {
        ui = RunningWebUi.withStorage(storage);
        var one = onDisk("one.iso");
        var two = onDisk("two.iso");
        var browser = ui.browser();

        var overview = browser.get("");
        var form = browser.post("target/seedbox/move", "hash", one.hex(), "hash", two.hex(), "action", "move");

        assertThat(overview.body()).contains("formaction=\"/target/seedbox/move\"");
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("Move the data of 2 torrents").contains(one.hex() + "," + two.hex());
        assertThat(storage.resolve("downloads/one.iso")).exists();
    }

    @Test
    void aDestinationOutsideTheStorage_comesBackToTheFormWithTheReason_andNothingMoves() throws Exception {
        ui = RunningWebUi.withStorage(storage.resolve("downloads"));
        Files.createDirectories(storage.resolve("downloads"));
        var hash = ui.seedbox.put(TestTorrent.single("x.iso").metainfo(), false).hash();
        var browser = ui.browser();

        var answer = browser.post("target/seedbox/move", "hashes", hash.hex(), "directory", "/a\"b");

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(browser.follow(answer).body()).contains("Not moved: a download directory cannot contain");
    }

    @Test
    void theCreateForm_makesATorrentAsAJob_offeringTheTorrentFile() throws Exception {
        ui = RunningWebUi.withStorage(storage);
        Files.createDirectories(storage.resolve("album"));
        Files.writeString(storage.resolve("album/track.flac"), "x".repeat(50_000));
        var browser = ui.browser();

        var overview = browser.get("");
        var form = browser.get("target/seedbox/create_torrent");
        var answer = browser.post(
                "target/seedbox/create_torrent",
                "path",
                "/album",
                "trackers",
                "http://t.example/announce",
                "pieceSize",
                "16384");
        var job = browser.follow(answer);
        String id = answer.headers().firstValue("Location").orElseThrow().replaceAll(".*/job/", "");
        var file = browser.get("job/" + id + "/torrent");

        assertThat(overview.body()).contains("/create_torrent\">Create a torrent</a>");
        assertThat(form.body()).contains("Create a torrent on seedbox");
        assertThat(job.body()).contains("Creating a torrent").contains("hashed: 4 pieces of 16 KiB");
        assertThat(job.body()).contains("Download the .torrent");
        assertThat(file.statusCode()).isEqualTo(200);
        assertThat(file.headers().firstValue("Content-Type")).hasValue("application/x-bittorrent");
    }

    @Test
    void anUnknownJob_isANotFoundPage() {
        ui = RunningWebUi.withStorage(storage);

        var page = ui.browser().get("job/00000000-0000-0000-0000-000000000000");
        var bad = ui.browser().get("job/nope");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("No such job");
        assertThat(bad.statusCode()).isEqualTo(400);
    }
}
