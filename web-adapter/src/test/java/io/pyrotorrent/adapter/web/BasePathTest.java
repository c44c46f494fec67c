package io.pyrotorrent.adapter.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.InfoHash;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Behind a reverse proxy at /torrent/: every link, form, redirect and cookie stays below it. */
class BasePathTest {

    private static final Pattern URL_ATTRIBUTE = Pattern.compile("(?:href|src|action|data-live)=\"([^\"]*)\"");

    private final RunningWebUi ui = RunningWebUi.under("/torrent");
    private final Browser browser = ui.browser();
    private final InfoHash hash =
            ui.seedbox.put(TestTorrent.single("proxied").metainfo(), false).hash();

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void everyLinkAndFormOfEveryPageStartsWithTheBasePath() {
        for (String path : new String[] {
            "",
            "view/main?sort=name",
            "target/seedbox/torrent/" + hash.hex(),
            "target/seedbox/add_torrent",
            "no/such/page"
        }) {
            var body = browser.get(path).body();

            // data: URIs (the empty favicon) carry their content inline and point nowhere on the site.
            assertThat(URL_ATTRIBUTE
                            .matcher(body)
                            .results()
                            .map(m -> m.group(1))
                            .filter(url -> !url.startsWith("data:"))
                            .toList())
                    .as(path)
                    .isNotEmpty()
                    .allMatch(url -> url.startsWith("/torrent/"), "starts with /torrent/");
        }
    }

    @Test
    void staticFilesAreServedBelowTheBasePath() {
        assertThat(browser.get("static/site.css").statusCode()).isEqualTo(200);
        assertThat(browser.get("static/live.js").statusCode()).isEqualTo(200);
    }

    @Test
    void redirectsAndCookiesStayBelowTheBasePath() {
        var first = browser.get("");
        var answer =
                browser.post("target/seedbox/action", "action", "start", "hash", hash.hex(), "return", "view/main");

        assertThat(first.headers().allValues("Set-Cookie")).anyMatch(c -> c.contains("Path=/torrent/"));
        assertThat(answer.statusCode()).isEqualTo(303);
        assertThat(answer.headers().firstValue("Location")).contains("/torrent/view/main");
        assertThat(browser.follow(answer).body()).contains("Started: proxied");
    }
}
