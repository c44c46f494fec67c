package io.pyrotorrent.adapter.web.torrent;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.web.Browser;
import io.pyrotorrent.adapter.web.RunningWebUi;
import io.pyrotorrent.adapter.web.overview.OverviewSection;
import io.pyrotorrent.adapter.web.overview.TorrentLine;
import io.pyrotorrent.domain.fake.TestTorrent;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * live.js copies each JSON value into the element whose data-field (or data-status-field) has the
 * value's name. This keeps the templates' names and the records' component names the same.
 */
class LiveFieldNamesTest {

    private final RunningWebUi ui = RunningWebUi.start();
    private final Browser browser = ui.browser();

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void everyFieldOfAnOverviewRowAndHeaderIsInTheLiveData() {
        ui.seedbox.put(TestTorrent.single("row").metainfo(), true);
        String page = browser.get("").body();
        String row = between(page, "<tr id=\"torrent-seedbox-", "</tr>");
        String header = between(page, "<div class=\"status\" data-status>", "</div>");

        assertThat(attributes(row, "data-field")).isNotEmpty().isSubsetOf(components(TorrentLine.class));
        assertThat(attributes(header, "data-status-field"))
                .isNotEmpty()
                .isSubsetOf(components(OverviewSection.Status.class));
    }

    @Test
    void everyFieldOfTheTorrentInfoAndFilesIsInTheLiveData() {
        var torrent = TestTorrent.single("page");
        ui.seedbox.put(torrent.metainfo(), true);
        String page =
                browser.get("target/seedbox/torrent/" + torrent.hash().hex()).body();

        assertThat(attributes(between(page, "<section class=\"info\"", "</section>"), "data-field"))
                .isNotEmpty()
                .isSubsetOf(components(TorrentPage.Info.class));
        assertThat(attributes(between(page, "<li class=\"file\"", "</li>"), "data-field"))
                .isNotEmpty()
                .isSubsetOf(components(FileTree.FileProgress.class));
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as(start).isNotNegative();
        return text.substring(from, text.indexOf(end, from));
    }

    private static Set<String> attributes(String html, String name) {
        return Pattern.compile(name + "=\"(\\w+)\"")
                .matcher(html)
                .results()
                .map(m -> m.group(1))
                .collect(Collectors.toSet());
    }

    private static Set<String> components(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents())
                .map(RecordComponent::getName)
                .collect(Collectors.toSet());
    }
}
