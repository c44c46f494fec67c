package io.pyrotorrent.adapter.web.torrent;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.web.RunningWebUi;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.InfoHash;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The torrent page's tracker forms: add, turn off, reannounce; CSRF-checked, answered with a message. */
class TrackerFormsTest {

    private RunningWebUi ui;
    private InfoHash hash;
    private String page;

    @BeforeEach
    void start() {
        ui = RunningWebUi.start();
        hash = ui.seedbox.put(TestTorrent.unique("tracked").metainfo(), false).hash();
        page = "target/seedbox/torrent/" + hash.hex();
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void addingThenTurningOffATracker_showsOnThePage() {
        var browser = ui.browser();

        var added = browser.post(page + "/trackers", "url", "udp://tracker.example:6969/announce");
        var off = browser.post(page + "/trackers/1/enabled", "enabled", "no");

        assertThat(added.statusCode()).isEqualTo(303);
        assertThat(browser.follow(off).body())
                .contains("Tracker 1 off")
                .contains("udp://tracker.example:6969/announce")
                .contains("Enable <bdi>udp://tracker.example:6969/announce</bdi>");
    }

    @Test
    void reannounce_announcesOnce_andABadUrlIsNamed() {
        var browser = ui.browser();

        browser.post(page + "/reannounce");
        var bad = browser.follow(browser.post(page + "/trackers", "url", "ftp://x/announce"));

        assertThat(ui.seedbox.torrent(hash).announces()).isEqualTo(1);
        assertThat(bad.body()).contains("Tracker URL: a tracker URL starts with http://");
    }

    @Test
    void withoutAToken_nothingChanges() {
        var answer = ui.browser().postRaw(page + "/reannounce");

        assertThat(answer.statusCode()).isEqualTo(403);
        assertThat(ui.seedbox.torrent(hash).announces()).isZero();
    }
}
