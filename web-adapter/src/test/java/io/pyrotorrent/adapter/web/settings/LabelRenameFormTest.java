package io.pyrotorrent.adapter.web.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.web.RunningWebUi;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The toolbar's "Rename label…": every torrent of that target with the label, a message, bad names named. */
class LabelRenameFormTest {

    private RunningWebUi ui;

    @BeforeEach
    void start() {
        ui = RunningWebUi.start();
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void theOverviewOffersTheRename_prefilledWithTheLabelFilter() {
        ui.seedbox.put(TestTorrent.unique("a").metainfo(), false).label(Label.of("films"));

        var page = ui.browser().get("?label=films").body();

        assertThat(page)
                .contains("Rename label&hellip;")
                .contains("action=\"/target/seedbox/labels/rename\"".replace("action", "formaction"))
                .contains("name=\"rename_from\" value=\"films\"");
    }

    @Test
    void renaming_changesEveryCarrierOfThatTarget_only() {
        var a = ui.seedbox.put(TestTorrent.unique("a").metainfo(), false).label(Label.of("films"));
        var b = ui.seedbox.put(TestTorrent.unique("b").metainfo(), true).label(Label.of("films"));
        var other = ui.seedbox.put(TestTorrent.unique("c").metainfo(), false).label(Label.of("music"));
        var elsewhere = ui.nas.put(TestTorrent.unique("d").metainfo(), false).label(Label.of("films"));
        var browser = ui.browser();

        var answer = browser.follow(browser.post(
                "target/seedbox/labels/rename", "rename_from", "films", "rename_to", "movies", "return", ""));

        assertThat(answer.body()).contains("Renamed the label").contains("on 2 torrents");
        assertThat(a.label()).isEqualTo(Label.of("movies"));
        assertThat(b.label()).isEqualTo(Label.of("movies"));
        assertThat(other.label()).isEqualTo(Label.of("music"));
        assertThat(elsewhere.label()).isEqualTo(Label.of("films"));
    }

    @Test
    void emptyTo_removesIt_andBadNamesAreNamed() {
        var a = ui.seedbox.put(TestTorrent.unique("a").metainfo(), false).label(Label.of("films"));
        var browser = ui.browser();

        var tooLong = browser.follow(browser.post(
                "target/seedbox/labels/rename", "rename_from", "films", "rename_to", "x".repeat(129), "return", ""));
        var control = browser.follow(browser.post(
                "target/seedbox/labels/rename", "rename_from", "films", "rename_to", "a\u0001b", "return", ""));
        var nobody = browser.follow(
                browser.post("target/seedbox/labels/rename", "rename_from", "nope", "rename_to", "x", "return", ""));
        assertThat(a.label()).isEqualTo(Label.of("films"));
        var removed = browser.follow(
                browser.post("target/seedbox/labels/rename", "rename_from", "films", "rename_to", "", "return", ""));

        assertThat(tooLong.body()).contains("Label: a label is at most 128 characters");
        assertThat(control.body()).contains("Label: a label cannot contain control characters");
        assertThat(nobody.body()).contains("No torrent has the label");
        assertThat(removed.body()).contains("Removed the label");
        assertThat(a.label()).isEqualTo(Label.NONE);
    }

    @Test
    void aListFilteredByTheOldLabel_followsItToTheNewOne() {
        assertThat(LabelRoutes.following(
                        "view/main?q=x&label=old%20one&sort=name", Label.of("old one"), Label.of("new/été")))
                .isEqualTo("view/main?q=x&label=new%2F%C3%A9t%C3%A9&sort=name");
        assertThat(LabelRoutes.following("view/main?label=old", Label.of("old"), Label.NONE))
                .isEqualTo("view/main");
        assertThat(LabelRoutes.following("view/main?label=other", Label.of("old"), Label.of("new")))
                .isEqualTo("view/main?label=other");
        assertThat(LabelRoutes.following("", Label.of("old"), Label.of("new"))).isEmpty();
    }

    @Test
    void withoutAToken_nothingChanges() {
        var a = ui.seedbox.put(TestTorrent.unique("a").metainfo(), false).label(Label.of("films"));

        var answer = ui.browser().postRaw("target/seedbox/labels/rename", "rename_from", "films", "rename_to", "x");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(a.label()).isEqualTo(Label.of("films"));
    }
}
