package io.pyrotorrent.adapter.web.settings;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.web.RunningWebUi;
import io.pyrotorrent.domain.fake.TestTorrent;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Throttle groups in the UI: define one, put torrents in it from the toolbar, see it in the list and the drawer. */
class ThrottlePagesTest {

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
    void defineAGroup_putAStartedTorrentInIt_andSeeItEverywhere() {
        var started = ui.seedbox.put(TestTorrent.unique("started").metainfo(), true);
        var browser = ui.browser();

        var defined =
                browser.follow(browser.post("target/seedbox/throttles", "name", "slow", "up", "100", "down", "0"));
        var assigned = browser.follow(browser.post(
                "target/seedbox/throttle", "hash", started.hash().hex(), "throttle_group", "slow", "return", ""));

        assertThat(defined.body())
                .contains("Throttle group slow: up 100 KiB/s, down unlimited")
                .contains("data-group=\"slow\"")
                .contains("rTorrent forgets groups defined here when it restarts");
        assertThat(assigned.body())
                .contains("In throttle group slow: 1 torrent(s), 1 paused for the change and resumed")
                .contains("data-column=\"throttle\"")
                .contains("<td class=\"col-throttle\"><bdi>slow</bdi></td>")
                .contains("Set group");
        assertThat(started.throttle()).isEqualTo("slow");
        assertThat(ui.seedbox.torrent(started.hash()).active()).isTrue();
        assertThat(browser.get("target/seedbox/torrent/" + started.hash().hex() + "/panel")
                        .body())
                .contains("Throttle group</dt><dd class=\"throttle-group\"><bdi>slow</bdi>");
        assertThat(browser.get("target/seedbox/throttles").body())
                .contains("<td>1</td>")
                .contains("no limit now"); // no global limit set: the group limits nothing yet
        var panel = browser.get("target/seedbox/torrent/" + started.hash().hex() + "/panel")
                .body();
        assertThat(panel)
                .contains("action=\"/target/seedbox/throttle\"")
                .contains("name=\"throttle_group\" value=\"slow\"");
        var fromTheDrawer = browser.follow(browser.post(
                "target/seedbox/throttle",
                "hash",
                started.hash().hex(),
                "throttle_group",
                "",
                "return",
                "target/seedbox/torrent/" + started.hash().hex()));
        assertThat(fromTheDrawer.body()).contains("In no throttle group: 1 torrent(s)");
        assertThat(started.throttle()).isEmpty();
    }

    @Test
    void badNamesAndRates_areNamed_andNothingIsSent() {
        var t = ui.seedbox.put(TestTorrent.unique("t").metainfo(), false);
        var browser = ui.browser();

        var badName = browser.follow(browser.post("target/seedbox/throttles", "name", "a b", "up", "1", "down", "1"));
        var badRate = browser.follow(browser.post("target/seedbox/throttles", "name", "ok", "up", "fast", "down", "1"));
        var tooHigh =
                browser.follow(browser.post("target/seedbox/throttles", "name", "ok", "up", "9999999", "down", "1"));
        var badGroup = browser.follow(
                browser.post("target/seedbox/throttle", "hash", t.hash().hex(), "throttle_group", "x,y", "return", ""));

        assertThat(badName.body()).contains("Throttle group: a throttle group name is 1 to 32 letters");
        assertThat(badRate.body()).contains("up: give KiB/s as a whole number (0 for unlimited), not &#39;fast&#39;");
        assertThat(tooHigh.body()).contains("up: a group&#39;s rate is 0 (unlimited) to 1048576 KiB/s");
        assertThat(badGroup.body()).contains("Throttle group: a throttle group name");
        assertThat(t.throttle()).isEmpty();
    }
}
