package io.pyrotorrent.adapter.web.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.web.Browser;
import io.pyrotorrent.adapter.web.RunningWebUi;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.field.TorrentFields;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** "Select all N that match": the form posts the filter, the server names the count, then acts on it. */
class MatchingActionsTest {

    private final RunningWebUi ui = RunningWebUi.start();
    private final Browser browser = ui.browser();
    private final InfoHash ubuntuA = ui.seedbox
            .put(TestTorrent.single("ubuntu-a.iso").metainfo(), true)
            .label(Label.of("linux"))
            .hash();
    private final InfoHash ubuntuB = ui.seedbox
            .put(TestTorrent.single("ubuntu-b.iso").metainfo(), true)
            .label(Label.of("linux"))
            .hash();
    private final InfoHash debian = ui.seedbox
            .put(TestTorrent.single("debian.iso").metainfo(), true)
            .label(Label.of("linux"))
            .hash();
    private final InfoHash film = ui.seedbox
            .put(TestTorrent.single("ubuntu-film.mkv").metainfo(), true)
            .label(Label.of("films"))
            .hash();

    @AfterEach
    void stop() {
        ui.close();
    }

    private String[] matching(String action, String... more) {
        String[] base = {
            "action",
            action,
            "scope",
            "matching",
            "filter_view",
            "main",
            "filter_q",
            "ubuntu",
            "filter_label",
            "linux",
            "filter_sort",
            "name",
            "filter_order",
            "desc",
            "filter_status",
            "all",
            "return",
            "view/main?q=ubuntu&label=linux"
        };
        String[] all = java.util.Arrays.copyOf(base, base.length + more.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    @Test
    void theFirstPost_namesTheCountAndTheFilter_andChangesNothing() {
        var question = browser.post("target/seedbox/action", matching("stop"));

        assertThat(question.statusCode()).isEqualTo(200);
        assertThat(question.body())
                .contains("Stop all 2 torrents that match?")
                .contains("name containing &quot;ubuntu&quot;")
                .contains("label linux")
                .contains("name=\"expect\" value=\"2\"")
                .contains("name=\"filter_sort\" value=\"name\"")
                .contains("name=\"filter_order\" value=\"desc\"")
                .doesNotContain(ubuntuA.hex());
        assertThat(ui.stateOnSeedbox(ubuntuA)).isEqualTo("started");
    }

    @Test
    void theConfirmation_stopsExactlyTheMatchingTorrents_inOneCommandRoundTrip() {
        browser.token();
        long before = ui.seedbox.roundTrips();

        var done = browser.post("target/seedbox/action", matching("stop", "confirm", "yes", "expect", "2"));

        assertThat(done.statusCode()).isEqualTo(303);
        assertThat(ui.seedbox.roundTrips() - before).isEqualTo(2); // read the view, then the commands
        assertThat(ui.stateOnSeedbox(ubuntuA)).isEqualTo("stopped");
        assertThat(ui.stateOnSeedbox(ubuntuB)).isEqualTo("stopped");
        assertThat(ui.stateOnSeedbox(debian)).isEqualTo("started");
        assertThat(ui.stateOnSeedbox(film)).isEqualTo("started");
        assertThat(browser.follow(done).body()).contains("Stopped: ubuntu-b.iso, ubuntu-a.iso"); // in the list's order
    }

    @Test
    void aCountThatMovedSinceTheConfirmation_changesNothing_andSaysSo() {
        var done = browser.post("target/seedbox/action", matching("erase", "confirm", "yes", "expect", "3"));

        assertThat(ui.seedboxHas(ubuntuA)).isTrue();
        assertThat(browser.follow(done).body())
                .contains("Nothing was changed: the filter now matches 2 torrents, not the 3 you confirmed.");
    }

    @Test
    void setPriorityOnEveryMatchingTorrent_carriesTheValueThroughTheConfirmation() {
        var question = browser.post("target/seedbox/action", matching("priority", "priority", "high"));
        assertThat(question.body()).contains("Set priority high on all 2 torrents that match?");
        assertThat(question.body()).contains("name=\"priority\" value=\"high\"");

        browser.post(
                "target/seedbox/action", matching("priority", "priority", "high", "confirm", "yes", "expect", "2"));

        assertThat(ui.onSeedbox(ubuntuB).get(TorrentFields.PRIORITY).name()).isEqualTo("HIGH");
        assertThat(ui.onSeedbox(debian).get(TorrentFields.PRIORITY).name()).isNotEqualTo("HIGH");
    }

    @Test
    void aBadConfirmedCount_isRefusedByName() {
        var answer = browser.post("target/seedbox/action", matching("stop", "confirm", "yes", "expect", "lots"));

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("expect is the number of torrents you confirmed, not &#39;lots&#39;");
        assertThat(ui.stateOnSeedbox(ubuntuA)).isEqualTo("started");
    }

    @Test
    void theOverview_offersToSelectAllThatMatch_withTheFilterAsHiddenFields() {
        var page = browser.get("view/main?q=ubuntu&label=linux").body();

        assertThat(page)
                .contains("name=\"scope\" value=\"matching\"")
                .contains("Select all <span data-match-total>2</span> that match")
                .contains("name=\"filter_q\" value=\"ubuntu\"")
                .contains("name=\"filter_label\" value=\"linux\"")
                .contains("<button type=\"submit\" name=\"action\" value=\"priority\">Set priority</button>");
    }
}
