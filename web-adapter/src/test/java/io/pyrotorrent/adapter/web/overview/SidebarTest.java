package io.pyrotorrent.adapter.web.overview;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.web.Browser;
import io.pyrotorrent.adapter.web.RunningWebUi;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The app shell's sidebar: status and label filters with counts, search, the column chooser. */
class SidebarTest {

    private final RunningWebUi ui = RunningWebUi.start();
    private final Browser browser = ui.browser();

    @BeforeEach
    void torrents() {
        ui.seedbox
                .put(TestTorrent.single("fedora.iso").metainfo(), true)
                .rates(0, 9_000)
                .label(Label.of("linux"));
        ui.seedbox
                .put(TestTorrent.single("arch.iso").metainfo(), true)
                .complete(true)
                .label(Label.of("linux"));
        ui.seedbox
                .put(TestTorrent.single("gone.mkv").metainfo(), false)
                .message("Tracker: [Failure reason \"Unregistered torrent\"]");
        ui.nas.put(TestTorrent.single("backup.tar").metainfo(), false).label(Label.of("linux"));
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void everyStatusFilterIsALinkWithItsCount_summedOverTheInstances() {
        var body = browser.get("").body();

        assertThat(body)
                .contains(
                        "data-status=\"all\" href=\"/view/main\" aria-current=\"true\">"
                                + "<span class=\"filter-name\">All</span> <span class=\"count\" data-status-count=\"all\">4</span>",
                        "data-status=\"downloading\" href=\"/view/main?status=downloading\"><span class=\"filter-name\">"
                                + "Downloading</span> <span class=\"count\" data-status-count=\"downloading\">1</span>",
                        "<span class=\"count\" data-status-count=\"seeding\">1</span>",
                        "<span class=\"count\" data-status-count=\"stopped\">2</span>",
                        "<span class=\"count\" data-status-count=\"active\">1</span>",
                        "href=\"/view/main?status=tracker-error\"><span class=\"filter-name\">Tracker error</span>"
                                + " <span class=\"count\" data-status-count=\"tracker-error\">1</span>");
    }

    @Test
    void aStatusFilterShowsOnlyItsTorrents_andIsMarkedCurrent() {
        var body = browser.get("view/main?status=tracker-error").body();

        assertThat(body)
                .contains("gone.mkv", "class=\"filter current\" data-status=\"tracker-error\"")
                .doesNotContain("fedora.iso", "arch.iso", "backup.tar");
    }

    @Test
    void labelsAreListedWithCounts_andLinkToTheirFilterKeepingTheStatus() {
        var body = browser.get("view/main?status=stopped").body();

        assertThat(body)
                .contains("data-label=\"linux\" href=\"/view/main?label=linux&amp;status=stopped\">"
                        + "<span class=\"filter-name\"><bdi>linux</bdi></span>"
                        + " <span class=\"count\" data-label-count=\"linux\">3</span>");
        assertThat(browser.get("view/main?status=stopped&label=linux").body())
                .contains("backup.tar")
                .doesNotContain("fedora.iso", "gone.mkv");
    }

    @Test
    void theSearchIsASubstring_orARegularExpressionWhenAsked_andABadOneIsA400NamingTheSearch() {
        assertThat(browser.get("view/main?q=%5E(arch%7Cfedora)%5C.&regex=1").body())
                .contains("arch.iso", "fedora.iso", "name=\"regex\" value=\"1\" checked")
                .doesNotContain("gone.mkv");
        assertThat(browser.get("view/main?q=%5E(arch%7Cfedora)%5C.").body()).doesNotContain("arch.iso");

        var bad = browser.get("view/main?q=(unclosed&regex=1");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body())
                .contains("search is not a valid regular expression")
                .doesNotContain("Exception");
    }

    @Test
    void anUnknownStatusIsA400NamingTheChoices() {
        var bad = browser.get("view/main?status=sleeping");

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("status is one of all, downloading", "not &#39;sleeping&#39;");
    }

    @Test
    void aTrackerMessageIsAnIconWithItsTextOnHover_notASecondLine() {
        var body = browser.get("").body();

        assertThat(body)
                .contains("<span class=\"msg-icon\" data-message-icon title=\"Tracker: [Failure reason "
                        + "&quot;Unregistered torrent&quot;]\" role=\"img\"");
        assertThat(body).contains("<td class=\"col-message\"><div class=\"message\" data-field=\"message\">");
    }

    @Test
    void theColumnChooserOffersAtLeastTwentyColumns_eachSortable_someHiddenAtFirst() {
        var body = browser.get("").body();

        long choices = body.lines()
                .filter(l -> l.contains("<input type=\"checkbox\" data-column="))
                .count();
        assertThat(choices).isGreaterThanOrEqualTo(20);
        assertThat(body)
                .contains(
                        "data-hidden-columns=\"uploaded downloaded seeds left started finished created directory"
                                + " priority files throttle message hash\"",
                        "href=\"/view/main?sort=directory\"",
                        "href=\"/view/main?sort=up_total\"",
                        "<label class=\"theme-switch\" hidden>");
    }
}
