package io.pyrotorrent.adapter.web.torrent;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.web.Browser;
import io.pyrotorrent.adapter.web.RunningWebUi;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.ClientFailure;
import io.pyrotorrent.domain.model.Label;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TorrentPageTest {

    private final RunningWebUi ui = RunningWebUi.start();
    private final Browser browser = ui.browser();

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void showsTheTorrentsInfoActionsAndTracker() {
        var torrent = TestTorrent.single("debian.iso");
        ui.seedbox
                .put(torrent.metainfo(), true)
                .complete(true)
                .label(Label.of("linux"))
                .message("Tracker: timeout");

        var page = browser.get("target/seedbox/torrent/" + torrent.hash().hex());

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(
                        "<h1 class=\"torrent-name\">debian.iso</h1>",
                        torrent.hash().hex(),
                        "data-field=\"state\">seeding<",
                        "data-field=\"size\">1000 B<",
                        "data-field=\"percent\">100<",
                        "<code>/downloads</code>",
                        "data-field=\"label\">linux<",
                        "data-field=\"message\">Tracker: timeout<",
                        "just now</time>",
                        "<time>never</time>",
                        "value=\"recheck\"",
                        "value=\"erase\"",
                        "<option value=\"normal\" selected>normal</option>",
                        "http://127.0.0.1:1/announce</td><td>http</td>",
                        "href=\"/target/seedbox/torrent/" + torrent.hash().hex() + "/torrent_file\"",
                        "No connected peers.");
    }

    @Test
    void filesAreATreeOfFoldersWithSizesProgressPriorityAndDownloadLinks() {
        var files = new LinkedHashMap<String, Long>();
        files.put("disc1/track01.flac", 2048L);
        files.put("disc1/track02.flac", 1024L);
        files.put("cover.jpg", 100L);
        var album = TestTorrent.multi("album", files);
        ui.seedbox.put(album.metainfo(), false);

        var body = browser.get("target/seedbox/torrent/" + album.hash().hex()).body();

        assertThat(body)
                .contains(
                        "<h2>Files (3)</h2>",
                        "<span class=\"dir-name\">album</span> <span class=\"size\">3.10 KiB",
                        "<span class=\"dir-name\">disc1</span> <span class=\"size\">3.00 KiB",
                        "track01.flac",
                        "cover.jpg",
                        "data-file-index=\"2\"",
                        "data-field=\"chunks\">0 / 1<",
                        "/file/1/priority\"",
                        "href=\"/target/seedbox/torrent/" + album.hash().hex() + "/file/2\"",
                        "aria-label=\"Priority of disc1/track02.flac\"");
        assertThat(body.indexOf("track01.flac")).isLessThan(body.indexOf("track02.flac"));
    }

    @Test
    void hostileFileAndTorrentNamesAreEscaped() {
        var files = new LinkedHashMap<String, Long>();
        files.put("<b onmouseover=alert(1)>x</b>.txt", 10L);
        var hostile = TestTorrent.multi("\"><script>alert(2)</script>", files);
        ui.seedbox.put(hostile.metainfo(), false);

        var body = browser.get("target/seedbox/torrent/" + hostile.hash().hex()).body();

        assertThat(body)
                .doesNotContain("<script>alert(2)</script>", "<b onmouseover")
                .contains("&lt;b onmouseover=alert(1)&gt;x&lt;/b&gt;.txt", "&quot;&gt;&lt;script&gt;");
    }

    @Test
    void anUnknownHashOrTargetIsA404PageAndABadHashA400() {
        var unknownHash =
                browser.get("target/seedbox/torrent/" + TestTorrent.randomHash().hex());
        var unknownTarget =
                browser.get("target/nowhere/torrent/" + TestTorrent.randomHash().hex());
        var badHash = browser.get("target/seedbox/torrent/xyz");

        assertThat(unknownHash.statusCode()).isEqualTo(404);
        assertThat(unknownHash.body()).contains("There is no torrent", "Back to the overview");
        assertThat(unknownTarget.statusCode()).isEqualTo(404);
        assertThat(unknownTarget.body()).contains("There is no target named &#39;nowhere&#39;.");
        assertThat(badHash.statusCode()).isEqualTo(400);
        assertThat(badHash.body()).contains("an info-hash is exactly 40 hexadecimal characters");
    }

    @Test
    void aDeadInstanceIsA502PageWithItsReadableMessage() {
        var torrent = TestTorrent.single("x");
        ui.seedbox.put(torrent.metainfo(), false);
        ui.seedbox.failWith(new ClientFailure.TimedOut(java.time.Duration.ofSeconds(10)));

        var page = browser.get("target/seedbox/torrent/" + torrent.hash().hex());

        assertThat(page.statusCode()).isEqualTo(502);
        assertThat(page.body())
                .contains("rTorrent timed out: no complete answer within 10000 ms", "pyroTorrent")
                .doesNotContain("Exception", "at io.");
    }

    @Test
    void theTorrentPageCostsOneRoundTrip() {
        var torrent = TestTorrent.single("cheap");
        ui.seedbox.put(torrent.metainfo(), false);
        long before = ui.seedbox.roundTrips();

        browser.get("target/seedbox/torrent/" + torrent.hash().hex());

        assertThat(ui.seedbox.roundTrips() - before).isEqualTo(1);
    }
}
