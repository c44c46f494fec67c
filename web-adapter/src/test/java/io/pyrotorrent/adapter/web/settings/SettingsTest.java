package io.pyrotorrent.adapter.web.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.web.Browser;
import io.pyrotorrent.adapter.web.RunningWebUi;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.TorrentPriority;
import io.pyrotorrent.domain.model.field.TorrentFields;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Global rate limits, a torrent's priority and a file's priority, each set through its form. */
class SettingsTest {

    private final RunningWebUi ui = RunningWebUi.start();
    private final Browser browser = ui.browser();
    private final InfoHash album = ui.seedbox
            .put(TestTorrent.multi("album", files()).metainfo(), false)
            .hash();

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void limitsInKibPerSecondAreSetOnThatInstanceAndShownNextToTheRates() {
        var answer = browser.post("target/seedbox/limits", "down", "512", "up", "0", "return", "");

        assertThat(answer.statusCode()).isEqualTo(303);
        var overview = browser.follow(answer).body();
        assertThat(overview)
                .contains(
                        "Limits on seedbox: download 512 KiB/s, upload unlimited",
                        "data-status-field=\"downLimit\">512 KiB/s<",
                        "name=\"down\" min=\"0\" step=\"1\" value=\"512\"");
        assertThat(browser.get("").body()).contains("data-status-field=\"upLimit\">unlimited<");
    }

    @Test
    void aDeadInstanceLeavesItsMessageInsteadOfTheConfirmation() {
        ui.seedbox.failWith(new ClientFailure.Unreachable("connection refused"));

        var answer = browser.post("target/seedbox/limits", "down", "1", "up", "1", "return", "");

        assertThat(browser.follow(answer).body())
                .contains("Not done (Limits on seedbox: download 1.00 KiB/s, "
                        + "upload 1.00 KiB/s): rTorrent is unreachable: connection refused");
    }

    @Test
    void aLimitThatIsNotAWholeNumberIsA400NamingTheField() {
        var answer = browser.post("target/seedbox/limits", "down", "fast", "up", "0");

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("the download limit is a whole number of KiB/s");
    }

    @Test
    void aFilesPriorityIsSetByItsIndexAndTheMessageNamesTheFile() {
        var answer = browser.post(
                "target/seedbox/torrent/" + album.hex() + "/file/1/priority",
                "priority",
                "off",
                "return",
                "target/seedbox/torrent/" + album.hex());

        assertThat(answer.headers().firstValue("Location")).contains("/target/seedbox/torrent/" + album.hex());
        var page = browser.follow(answer).body();
        assertThat(page).contains("Priority off set on disc/b.flac of album");
        assertThat(filePriorities(page)).containsExactly("normal", "off");
    }

    @Test
    void aFileIndexBeyondTheTorrentOrAnUnknownPriorityIsA400() {
        var index = browser.post("target/seedbox/torrent/" + album.hex() + "/file/9/priority", "priority", "high");
        var priority = browser.post("target/seedbox/torrent/" + album.hex() + "/file/0/priority", "priority", "max");

        assertThat(index.statusCode()).isEqualTo(400);
        assertThat(index.body()).contains("album has no file 9");
        assertThat(priority.statusCode()).isEqualTo(400);
        assertThat(priority.body()).contains("a file priority is off, normal or high");
    }

    @Test
    void aFoldersPriorityIsSetOnEveryFileUnderIt_inOneRoundTrip_andTheFolderShowsIt() {
        var files = files();
        files.put("booklet.pdf", 50L);
        var box = ui.seedbox
                .put(TestTorrent.multi("boxset", files).metainfo(), false)
                .hash();
        var answer = browser.post(
                "target/seedbox/torrent/" + box.hex() + "/folder/priority",
                "folder",
                "disc",
                "priority",
                "high",
                "return",
                "target/seedbox/torrent/" + box.hex());

        var page = browser.follow(answer).body();
        assertThat(page).contains("Priority high set on 2 files in disc of boxset");
        assertThat(filePriorities(page)).containsExactly("high", "high", "normal");
        assertThat(page)
                .containsPattern("name=\"folder\" value=\"disc\">\\s*<select[^>]*>\\s*"
                        + "<option value=\"off\">off</option>\\s*<option value=\"normal\">normal</option>\\s*"
                        + "<option value=\"high\" selected>")
                .containsPattern("name=\"folder\" value=\"\">\\s*<select[^>]*>\\s*"
                        + "<option value=\"\" selected disabled>mixed</option>");

        long before = ui.seedbox.roundTrips();
        var all = browser.post(
                "target/seedbox/torrent/" + box.hex() + "/folder/priority", "folder", "", "priority", "off");

        assertThat(ui.seedbox.roundTrips() - before)
                .as("the torrent's files read, then the three commands together")
                .isEqualTo(2);
        assertThat(browser.follow(all).body()).contains("Priority off set on 3 files of boxset");
        assertThat(filePriorities(
                        browser.get("target/seedbox/torrent/" + box.hex()).body()))
                .containsExactly("off", "off", "off");
    }

    @Test
    void aFolderThatIsNotInTheTorrent_orAFileNamedAsAFolder_isA400NamingIt() {
        var missing = browser.post(
                "target/seedbox/torrent/" + album.hex() + "/folder/priority", "folder", "nope", "priority", "high");
        var file = browser.post(
                "target/seedbox/torrent/" + album.hex() + "/folder/priority",
                "folder",
                "disc/a.flac",
                "priority",
                "high");

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(missing.body()).contains("album has no folder &#39;nope&#39;");
        assertThat(file.statusCode()).isEqualTo(400);
        assertThat(filePriorities(
                        browser.get("target/seedbox/torrent/" + album.hex()).body()))
                .containsExactly("normal", "normal");
    }

    @Test
    void theTorrentsPriorityIsSetFromItsPage() {
        var answer = browser.post(
                "target/seedbox/action",
                "action",
                "priority",
                "priority",
                "high",
                "hash",
                album.hex(),
                "return",
                "target/seedbox/torrent/" + album.hex());

        assertThat(ui.onSeedbox(album).get(TorrentFields.PRIORITY)).isEqualTo(TorrentPriority.HIGH);
        assertThat(browser.follow(answer).body())
                .contains("Priority high set on: album", "<option value=\"high\" selected>high</option>");
    }

    private static LinkedHashMap<String, Long> files() {
        var files = new LinkedHashMap<String, Long>();
        files.put("disc/a.flac", 100L);
        files.put("disc/b.flac", 200L);
        return files;
    }

    /** The selected option of each file's priority select, in page order. */
    private static java.util.List<String> filePriorities(String page) {
        var selected = java.util.regex.Pattern.compile(
                "<option value=\"(\\w+)\" selected>\\w+</option>\\s*"
                        + "(?:<option value=\"\\w+\">\\w+</option>\\s*)*</select>\\s*<button type=\"submit\" class=\"set-priority\">");
        return selected.matcher(page).results().map(m -> m.group(1)).toList();
    }
}
