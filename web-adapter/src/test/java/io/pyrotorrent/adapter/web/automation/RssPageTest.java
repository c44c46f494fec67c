package io.pyrotorrent.adapter.web.automation;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.web.Browser;
import io.pyrotorrent.adapter.web.RunningWebUi;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.rss.FeedItem;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** /automation/rss: add a feed, preview a rule before saving it, save it, check, read the history. */
class RssPageTest {

    private RunningWebUi ui;

    @BeforeEach
    void start() {
        var torrent = TestTorrent.unique("show");
        ui = RunningWebUi.withFetcher(url -> torrent.bytes());
        ui.feedItems = List.of(
                new FeedItem("g1", "The.Show.S01E01.720p", "http://feeds.example/1.torrent", OptionalLong.of(700)),
                new FeedItem("g2", "Other.S01E01", "http://feeds.example/2.torrent", OptionalLong.of(700)));
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    private long addFeed(Browser browser, String url) {
        var added =
                browser.post("automation/rss/feeds", "target", "seedbox", "name", "tv", "url", url, "interval", "30");
        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(browser.follow(added).body()).contains("Added feed tv");
        return ui.feedStore.feeds().get(0).id();
    }

    @Test
    void aRule_isPreviewedBeforeItIsSaved_thenSaved_andACheckAddsWhatItTakes() {
        var browser = ui.browser();
        long feed = addFeed(browser, "http://feeds.example/rss");
        String rules = "automation/rss/feeds/" + feed + "/rules";

        var preview =
                browser.post(rules, "target", "seedbox", "name", "show", "include", "the\\.show", "do", "preview");

        assertThat(preview.statusCode()).isEqualTo(200);
        assertThat(preview.body())
                .contains("Preview: what this rule would take now")
                .contains("<tr class=\"take\">")
                .contains("title does not match include /the\\.show/")
                .contains("value=\"the\\.show\"");
        assertThat(ui.feedStore.rules(feed)).isEmpty();

        browser.post(
                rules, "target", "seedbox", "name", "show", "include", "the\\.show", "paused", "yes", "do", "save");
        var checked = browser.follow(browser.post("automation/rss/feeds/" + feed + "/run", "target", "seedbox"));

        assertThat(checked.body())
                .contains("Checked: 2 items, 1 added, 1 skipped, 0 failed")
                .contains("added");
        assertThat(ui.seedbox.all()).hasSize(1);
        assertThat(ui.seedbox.all().get(0).started()).isFalse();
    }

    @Test
    void aBadRegex_orAnImpossibleSizeRange_isShownAtTheForm_withWhatWasTyped() {
        var browser = ui.browser();
        long feed = addFeed(browser, "http://feeds.example/rss");
        String rules = "automation/rss/feeds/" + feed + "/rules";

        var regex = browser.post(rules, "target", "seedbox", "name", "r", "include", "(oops", "do", "save");
        var sizes = browser.post(rules, "target", "seedbox", "name", "r", "minMb", "10", "maxMb", "5", "do", "preview");

        assertThat(regex.statusCode()).isEqualTo(400);
        assertThat(regex.body()).contains("include: not a regular expression").contains("value=\"(oops\"");
        assertThat(sizes.body()).contains("the rule could never match");
        assertThat(ui.feedStore.rules(feed)).isEmpty();
    }

    @Test
    void anUnreadableFeed_saysWhyInTheList() {
        var browser = ui.browser();
        long feed = addFeed(browser, "http://broken.example/rss");

        var checked = browser.follow(browser.post("automation/rss/feeds/" + feed + "/run", "target", "seedbox"));

        assertThat(checked.body())
                .contains("The feed could not be read: malformed XML at line 1")
                .contains("Last check failed: <bdi>malformed XML at line 1</bdi>");
    }

    @Test
    void aBadFeedUrl_orAnUnknownFeed_getsAClearAnswer() {
        var browser = ui.browser();

        var bad = browser.follow(
                browser.post("automation/rss/feeds", "target", "seedbox", "name", "x", "url", "file:///etc/passwd"));
        var unknown = browser.get("automation/rss?target=seedbox&feed=999");
        var otherTarget = browser.get("automation/rss?target=nowhere");

        assertThat(bad.body()).contains("Feed not added: url: expected an http or https URL");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(otherTarget.statusCode()).isEqualTo(404);
    }

    @Test
    void everyPage_linksToTheFeeds() {
        assertThat(ui.browser().get("").body()).contains("href=\"/automation/rss\">RSS</a>");
    }
}
