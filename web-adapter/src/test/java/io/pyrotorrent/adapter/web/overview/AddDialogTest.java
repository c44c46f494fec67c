package io.pyrotorrent.adapter.web.overview;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.web.Browser;
import io.pyrotorrent.adapter.web.RunningWebUi;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.Label;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The overview's add dialog: every instance that answered, and the labels and directories in use. */
class AddDialogTest {

    private final RunningWebUi ui = RunningWebUi.start();
    private final Browser browser = ui.browser();

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void theDialogOffersEachInstance_andSuggestsTheLabelsAndDirectoriesInUse() {
        ui.seedbox.put(TestTorrent.single("fedora.iso").metainfo(), false).label(Label.of("linux"));
        ui.seedbox
                .put(TestTorrent.multi("Album", Map.of("1.flac", 10L)).metainfo(), false)
                .directory("/music/Album");
        ui.nas.put(TestTorrent.single("backup.tar").metainfo(), false).label(Label.of("backups"));

        var body = browser.get("").body();

        assertThat(body)
                .contains(
                        "<dialog class=\"add-dialog\" id=\"add-dialog\"",
                        "<option value=\"seedbox\">seedbox</option>",
                        "<option value=\"nas\">nas</option>",
                        "<datalist id=\"add-dialog-labels\"><option value=\"backups\"><option value=\"linux\"></datalist>",
                        "<option value=\"/downloads\">",
                        "<option value=\"/music\">",
                        "<button type=\"button\" class=\"add-open\" data-add-open hidden",
                        "static/add.js");
    }

    @Test
    void anInstanceThatDoesNotAnswer_isNotOffered() {
        ui.nas.failWith(new ClientFailure.Unreachable("connection refused"));

        var body = browser.get("").body();

        assertThat(body)
                .contains("<option value=\"seedbox\">seedbox</option>")
                .doesNotContain("<option value=\"nas\">");
    }
}
