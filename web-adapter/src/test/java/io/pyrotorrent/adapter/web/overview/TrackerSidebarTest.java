package io.pyrotorrent.adapter.web.overview;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.web.Browser;
import io.pyrotorrent.adapter.web.RunningWebUi;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.Label;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sidebar's trackers: each domain with its count, a filter that keeps the others, in every route. */
class TrackerSidebarTest {

    private final RunningWebUi ui = RunningWebUi.start();
    private final Browser browser = ui.browser();
    private final InfoHash one = ui.seedbox
            .put(
                    TestTorrent.withTrackers("one.iso", "http://tracker.example.org/announce")
                            .metainfo(),
                    true)
            .label(Label.of("linux"))
            .hash();
    private final InfoHash both = ui.seedbox
            .put(
                    TestTorrent.withTrackers("both.iso", "http://t2.example.org/a", "udp://open.other.net:1337")
                            .metainfo(),
                    false)
            .label(Label.of("films"))
            .hash();
    private final InfoHash other = ui.nas
            .put(
                    TestTorrent.withTrackers("other.mkv", "https://other.net/announce")
                            .metainfo(),
                    true)
            .label(Label.of("linux"))
            .hash();

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void eachTrackerDomainIsALink_withItsCountSummedOverTheInstances_belowTheLabels() {
        var body = browser.get("view/main?status=stopped").body();

        assertThat(body)
                .contains("data-tracker=\"example.org\" href=\"/view/main?status=stopped&amp;tracker=example.org\">"
                        + "<span class=\"filter-name\"><bdi>example.org</bdi></span>"
                        + " <span class=\"count\" data-tracker-count=\"example.org\">2</span>")
                .contains("<span class=\"count\" data-tracker-count=\"other.net\">2</span>");
        assertThat(body.indexOf("id=\"tracker-filters\"")).isGreaterThan(body.indexOf("id=\"label-filters\""));
    }

    @Test
    void aTrackerFilter_showsItsTorrents_marksItCurrent_andCombinesWithLabelStatusAndSearch() {
        var body = browser.get("view/main?tracker=example.org").body();
        assertThat(body)
                .contains(
                        "one.iso",
                        "both.iso",
                        "class=\"filter current\" data-tracker=\"example.org\" href=\"/view/main\"")
                .contains("name=\"filter_tracker\" value=\"example.org\"")
                .contains("<input type=\"hidden\" name=\"tracker\" value=\"example.org\">")
                .doesNotContain("other.mkv");
        assertThat(body).contains("href=\"/view/main?label=linux&amp;tracker=example.org\"");

        assertThat(browser.get("view/main?tracker=other.net&label=linux").body())
                .contains("other.mkv")
                .doesNotContain("both.iso", "one.iso");
        assertThat(browser.get("view/main?tracker=example.org&status=stopped").body())
                .contains("both.iso")
                .doesNotContain("one.iso");
        assertThat(browser.get("view/main?tracker=example.org&q=%2F%5Eon%2F").body())
                .contains("one.iso")
                .doesNotContain("both.iso");
    }

    @Test
    void theListsSlices_filterByTrackerOnTheServer() {
        var slice = browser.get("live/target/seedbox/slice?view=main&tracker=other.net&offset=0&limit=50")
                .body();

        assertThat(slice).contains("\"total\":1", "both.iso").doesNotContain("one.iso");
    }

    @Test
    void theLiveCounts_carryTheTrackerDomains() {
        var live = browser.get("live/overview?view=main").body();

        assertThat(live).contains("\"trackers\":[", "\"key\":\"example.org\"", "\"count\":2");
    }

    @Test
    void aBadTrackerIsA400NamingTheParameter_neverAStackTrace() {
        var bad = browser.get("view/main?tracker=exa%20mple.org");

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body())
                .contains("tracker: a tracker domain is a host name")
                .doesNotContain("Exception");
    }

    @Test
    void selectAllThatMatch_namesTheTrackerFilter_andActsOnlyOnItsTorrents() {
        String[] form = {
            "action", "stop",
            "scope", "matching",
            "filter_view", "main",
            "filter_tracker", "example.org",
            "filter_status", "all",
            "return", "view/main?tracker=example.org"
        };
        var question = browser.post("target/seedbox/action", form);
        assertThat(question.body())
                .contains("Stop all 2 torrents that match?", "tracker example.org")
                .contains("name=\"filter_tracker\" value=\"example.org\"");

        String[] confirmed = java.util.Arrays.copyOf(form, form.length + 4);
        confirmed[form.length] = "confirm";
        confirmed[form.length + 1] = "yes";
        confirmed[form.length + 2] = "expect";
        confirmed[form.length + 3] = "2";
        browser.post("target/seedbox/action", confirmed);

        assertThat(ui.stateOnSeedbox(one)).isEqualTo("stopped");
        assertThat(ui.stateOnSeedbox(both)).isEqualTo("stopped");
        assertThat(ui.nas.torrent(other).hash()).isEqualTo(other);
    }
}
