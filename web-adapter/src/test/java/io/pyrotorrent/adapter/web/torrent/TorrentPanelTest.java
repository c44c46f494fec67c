package io.pyrotorrent.adapter.web.torrent;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.web.Browser;
import io.pyrotorrent.adapter.web.RunningWebUi;
import io.pyrotorrent.domain.fake.TestTorrent;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The details drawer's fragment: the torrent page's data in four tabs, without the site's layout. */
class TorrentPanelTest {

    private final RunningWebUi ui = RunningWebUi.start();
    private final Browser browser = ui.browser();

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void thePanel_hasGeneralFilesPeersAndTrackersTabs_andNoLayout() {
        var files = new LinkedHashMap<String, Long>();
        files.put("disc1/track01.flac", 2048L);
        files.put("cover.jpg", 100L);
        var album = TestTorrent.multi("album \u202Eevil", files);
        ui.seedbox.put(album.metainfo(), false);

        var panel = browser.get("target/seedbox/torrent/" + album.hash().hex() + "/panel");

        assertThat(panel.statusCode()).isEqualTo(200);
        assertThat(panel.body())
                .doesNotContain("<html", "<header")
                .contains(
                        "id=\"torrent-panel\"",
                        "<bdi>album \u202Eevil</bdi>",
                        "role=\"tab\" id=\"tab-general\"",
                        ">Files (2)</button>",
                        ">Peers (0)</button>",
                        ">Trackers (1)</button>",
                        "data-field=\"state\">stopped<",
                        "<span class=\"file-name\">track01.flac</span>",
                        "No connected peers.",
                        "<bdi>http://127.0.0.1:1/announce</bdi>",
                        "href=\"/target/seedbox/torrent/" + album.hash().hex() + "\">Full page</a>");
    }

    @Test
    void anUnknownTorrent_isAClear404() {
        var panel =
                browser.get("target/seedbox/torrent/" + TestTorrent.randomHash().hex() + "/panel");

        assertThat(panel.statusCode()).isEqualTo(404);
    }

    @Test
    void theOverview_hasAnEmptyDrawerBesideTheList_andTheShortcutList() {
        var page = browser.get("view/main").body();

        assertThat(page)
                .contains("<aside class=\"drawer\" id=\"drawer\" aria-label=\"Torrent details\" hidden></aside>")
                .contains("<dialog class=\"shortcuts\" id=\"shortcuts\"")
                .contains("static/drawer.js", "static/selection.js", "static/context-menu.js", "static/keys.js");
    }
}
