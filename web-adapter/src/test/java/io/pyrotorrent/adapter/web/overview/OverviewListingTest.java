package io.pyrotorrent.adapter.web.overview;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.web.Browser;
import io.pyrotorrent.adapter.web.RunningWebUi;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.Label;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Paging, sorting and filtering: an instance with many torrents never ships them all. */
class OverviewListingTest {

    private static final Pattern ROW = Pattern.compile("<tr id=\"torrent-seedbox-[0-9A-F]{40}\"");
    private static final Pattern NAME = Pattern.compile(
            "<td class=\"name col-name\">(?:<span class=\"msg-icon\"[^>]*>[^<]*</span>)?<a href=\"[^\"]+\"><bdi>([^<]+)</bdi></a>");

    private final RunningWebUi ui = RunningWebUi.start();
    private final Browser browser = ui.browser();

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void twoHundredFiftyTorrentsShowAHundredRowsWithLinksToTheNextPages() {
        for (int i = 0; i < 250; i++) {
            ui.seedbox.put(TestTorrent.single(String.format("t%03d", i)).metainfo(), false);
        }

        var first = browser.get("").body();
        var third = browser.get("view/main?offset=200").body();

        assertThat(rows(first)).isEqualTo(100);
        assertThat(first)
                .contains("Showing 1&ndash;100 of 250", "href=\"/view/main?offset=100\"")
                .doesNotContain("rel=\"prev\"");
        assertThat(rows(third)).isEqualTo(50);
        assertThat(third)
                .contains("Showing 201&ndash;250 of 250", "href=\"/view/main?offset=100\"")
                .doesNotContain("rel=\"next\"");
    }

    @Test
    void aLimitChoosesThePageSizeAndLinksKeepIt() {
        for (int i = 0; i < 30; i++) {
            ui.seedbox.put(TestTorrent.single("t" + i).metainfo(), false);
        }

        var body = browser.get("view/main?limit=10").body();

        assertThat(rows(body)).isEqualTo(10);
        assertThat(body).contains("href=\"/view/main?offset=10&amp;limit=10\"");
    }

    @Test
    void sortingBySizeDescendingPutsTheLargestFirstAndTheHeadingFlipsTheOrder() {
        ui.seedbox.put(TestTorrent.multi("small", Map.of("a", 10L)).metainfo(), false);
        ui.seedbox.put(TestTorrent.multi("large", Map.of("a", 90_000L)).metainfo(), false);
        ui.seedbox.put(TestTorrent.multi("medium", Map.of("a", 5_000L)).metainfo(), false);

        var descending = browser.get("view/main?sort=size_bytes&order=desc").body();
        var ascending = browser.get("view/main?sort=size_bytes").body();

        assertThat(names(descending)).containsExactly("large", "medium", "small");
        assertThat(names(ascending)).containsExactly("small", "medium", "large");
        assertThat(ascending).contains("aria-sort=\"ascending\"", "href=\"/view/main?sort=size_bytes&amp;order=desc\"");
    }

    @Test
    void theNameFilterKeepsMatchingTorrentsAndTheFilterFormShowsIt() {
        ui.seedbox.put(TestTorrent.single("debian-12.iso").metainfo(), false);
        ui.seedbox.put(TestTorrent.single("ubuntu-24.04.iso").metainfo(), false);
        ui.seedbox.put(TestTorrent.single("Debian-11.iso").metainfo(), false);

        var body = browser.get("view/main?q=debian&sort=name").body();

        assertThat(names(body)).containsExactly("Debian-11.iso", "debian-12.iso");
        assertThat(body).contains("name=\"q\" value=\"debian\"", "Showing 1&ndash;2 of 2");
    }

    @Test
    void theLabelFilterKeepsThatLabelAndLabelsLinkToIt() {
        ui.seedbox.put(TestTorrent.single("distro").metainfo(), false).label(Label.of("linux isos"));
        ui.seedbox.put(TestTorrent.single("film").metainfo(), false).label(Label.of("films"));

        var all = browser.get("").body();
        var filtered = browser.get("view/main?label=linux+isos").body();

        assertThat(all).contains("href=\"/view/main?label=linux+isos\"");
        assertThat(names(filtered)).containsExactly("distro");
    }

    @Test
    void theViewSelectorShowsOnlyThatViewsTorrents() {
        ui.seedbox.put(TestTorrent.single("running").metainfo(), true);
        ui.seedbox.put(TestTorrent.single("idle").metainfo(), false);

        var body = browser.get("view/stopped").body();

        assertThat(names(body)).containsExactly("idle");
        assertThat(body).contains("<a href=\"/view/stopped\" class=\"current\" aria-current=\"page\">stopped</a>");
    }

    private static long rows(String body) {
        return ROW.matcher(body).results().count();
    }

    private static List<String> names(String body) {
        return NAME.matcher(body).results().map(m -> m.group(1)).toList();
    }
}
