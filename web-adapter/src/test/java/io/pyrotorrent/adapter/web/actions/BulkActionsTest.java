package io.pyrotorrent.adapter.web.actions;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.web.Browser;
import io.pyrotorrent.adapter.web.RunningWebUi;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.field.TorrentFields;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The overview's bulk form: one action on every checked torrent, then a 303 and a message. */
class BulkActionsTest {

    private final RunningWebUi ui = RunningWebUi.start();
    private final Browser browser = ui.browser();
    private final InfoHash debian =
            ui.seedbox.put(TestTorrent.single("debian.iso").metainfo(), false).hash();
    private final InfoHash ubuntu =
            ui.seedbox.put(TestTorrent.single("ubuntu.iso").metainfo(), false).hash();

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void anActionOnManyTorrents_costsOneRoundTrip_namesIncluded() {
        browser.token();
        long before = ui.seedbox.roundTrips();

        var answer = act("stop", debian, ubuntu);

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(ui.seedbox.roundTrips() - before).isEqualTo(1);
        assertThat(browser.follow(answer).body()).contains("debian.iso, ubuntu.iso");
    }

    @Test
    void startOnTwoCheckedTorrentsStartsBothAndSaysSoByName() {
        var answer = act("start", debian, ubuntu);

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).contains("/view/main?q=iso");
        assertThat(ui.stateOnSeedbox(debian)).isEqualTo("started");
        assertThat(ui.stateOnSeedbox(ubuntu)).isEqualTo("started");
        assertThat(browser.follow(answer).body()).contains("class=\"flash-ok\">Started: debian.iso, ubuntu.iso<");
    }

    @Test
    void stopPauseResumeAndRecheckEachChangeTheFake() {
        act("start", debian, ubuntu);

        act("pause", debian);
        assertThat(ui.stateOnSeedbox(debian)).isEqualTo("paused");
        act("resume", debian);
        assertThat(ui.stateOnSeedbox(debian)).isEqualTo("started");
        act("stop", debian, ubuntu);
        assertThat(ui.stateOnSeedbox(ubuntu)).isEqualTo("stopped");
        act("recheck", ubuntu);
        assertThat(ui.onSeedbox(ubuntu).get(TorrentFields.HASH_CHECKED)).isTrue();
    }

    @Test
    void setLabelLabelsEveryCheckedTorrentAndAnEmptyLabelClearsIt() {
        var set = browser.post(
                "target/seedbox/action",
                "action",
                "label",
                "label",
                "linux",
                "hash",
                debian.hex(),
                "hash",
                ubuntu.hex(),
                "return",
                "");
        assertThat(ui.onSeedbox(ubuntu).get(TorrentFields.LABEL).value()).isEqualTo("linux");
        assertThat(browser.follow(set).body()).contains("Label &#39;linux&#39; set on: debian.iso, ubuntu.iso");

        browser.post("target/seedbox/action", "action", "label", "label", "", "hash", debian.hex());
        assertThat(ui.onSeedbox(debian).get(TorrentFields.LABEL).isEmpty()).isTrue();
    }

    @Test
    void eraseFirstAsksWhichTorrentsThenErasesOnlyOnConfirmation() {
        var question = act("erase", debian, ubuntu);

        assertThat(question.statusCode()).isEqualTo(200);
        assertThat(question.body())
                .contains(
                        "Erase 2 torrents from seedbox?", "debian.iso", "ubuntu.iso", "name=\"confirm\" value=\"yes\"");
        assertThat(ui.seedboxHas(debian)).isTrue();

        var erased = browser.post(
                "target/seedbox/action",
                "action",
                "erase",
                "confirm",
                "yes",
                "hash",
                debian.hex(),
                "return",
                "view/main");
        assertThat(erased.statusCode()).isEqualTo(303);
        assertThat(ui.seedboxHas(debian)).isFalse();
        assertThat(ui.seedboxHas(ubuntu)).isTrue();
        assertThat(browser.follow(erased).body()).contains("Erased (data kept on disk): debian.iso");
    }

    @Test
    void aTorrentRtorrentDoesNotKnowFailsAloneWithRtorrentsAnswer() {
        var gone = TestTorrent.randomHash();

        var answer = act("start", debian, gone);

        assertThat(ui.stateOnSeedbox(debian)).isEqualTo("started");
        assertThat(browser.follow(answer).body())
                .contains(
                        "Started: debian.iso",
                        "Could not start " + gone.hex().substring(0, 8)
                                + "…: rTorrent refused (fault -501): Could not find info-hash.");
    }

    @Test
    void aDeadInstanceIsReportedInTheMessageNotAsAnErrorPage() {
        ui.seedbox.failWith(new ClientFailure.Unreachable("connection refused"));

        var answer = act("stop", debian);

        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(browser.follow(answer).body())
                .contains("Could not stop on seedbox: rTorrent is unreachable: connection refused");
    }

    @Test
    void nothingCheckedAsksForASelectionAndAnUnknownActionIsA400() {
        var none = browser.post("target/seedbox/action", "action", "start", "return", "");
        var unknown = browser.post("target/seedbox/action", "action", "explode", "hash", debian.hex());

        assertThat(browser.follow(none).body()).contains("Select at least one torrent first.");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("action is one of start");
    }

    @Test
    void anUnknownTargetIsA404AndAReturnPathLeavingTheSiteIsIgnored() {
        var unknown = browser.post("target/nowhere/action", "action", "start", "hash", debian.hex());
        var offsite = browser.post(
                "target/seedbox/action", "action", "start", "hash", debian.hex(), "return", "//evil.example/");

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(offsite.headers().firstValue("Location")).contains("/");
    }

    private java.net.http.HttpResponse<String> act(String action, InfoHash... hashes) {
        var fields = new java.util.ArrayList<>(java.util.List.of("action", action, "return", "view/main?q=iso"));
        for (InfoHash hash : hashes) {
            fields.add("hash");
            fields.add(hash.hex());
        }
        return browser.post("target/seedbox/action", fields.toArray(String[]::new));
    }
}
