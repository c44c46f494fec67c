package io.pyrotorrent.adapter.web.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.web.Browser;
import io.pyrotorrent.adapter.web.RunningWebUi;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.InfoHash;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * A torrent name with a RIGHT-TO-LEFT OVERRIDE (U+202E) must not reverse what follows it: names in
 * our sentences sit in their own {@code <bdi>}, in titles and attributes between U+2068 and U+2069,
 * and the elements that hold only a name are isolated by the stylesheet.
 */
class BidiIsolationTest {

    private static final String RLO = "\u202E";
    private static final String OVERRIDING = RLO + "gpj.exe";

    private final RunningWebUi ui = RunningWebUi.start();
    private final Browser browser = ui.browser();
    private final InfoHash overriding =
            ui.seedbox.put(TestTorrent.single(OVERRIDING).metainfo(), false).hash();
    private final InfoHash plain =
            ui.seedbox.put(TestTorrent.single("ubuntu.iso").metainfo(), false).hash();

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void theFlashMessage_putsANameThatOverridesDirection_inItsOwnBdi_andLeavesPlainNamesAsTheyAre() {
        var answer = browser.post(
                "target/seedbox/action",
                "action",
                "start",
                "hash",
                overriding.hex(),
                "hash",
                plain.hex(),
                "return",
                "");

        assertThat(browser.follow(answer).body())
                .contains("class=\"flash-ok\">Started: <bdi>" + OVERRIDING + "</bdi>, ubuntu.iso</p>");
    }

    @Test
    void theEraseQuestion_putsEachNameInItsOwnBdi_beforeItsHash() {
        var page = browser.post("target/seedbox/action", "action", "erase", "hash", overriding.hex(), "return", "");

        assertThat(page.body()).contains("<li><bdi>" + OVERRIDING + "</bdi> <code class=\"hash\">" + overriding.hex());
    }

    @Test
    void theTorrentPagesTitle_andTheRowsCheckboxLabel_isolateTheNameWithUnicodeMarks() {
        String torrentPage =
                browser.get("target/seedbox/torrent/" + overriding.hex()).body();
        String overview = browser.get("").body();

        assertThat(torrentPage).contains("<title>\u2068" + OVERRIDING + "\u2069 - pyroTorrent</title>");
        assertThat(overview).contains("aria-label=\"Select \u2068" + OVERRIDING + "\u2069\"");
        assertThat(overview).contains("aria-label=\"Select ubuntu.iso\"");
    }

    @Test
    void theStylesheet_isolatesEveryElementThatHoldsTextFromATorrent() throws IOException {
        String css;
        try (InputStream in = BidiIsolationTest.class.getResourceAsStream("/static/site.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }

        assertThat(css)
                .contains(
                        "bdi, td.name a, td.label a, .message, .torrent-name, .dir-name, .file-name, .hostname, td.url,\n"
                                + "dd, code, nav.views a { unicode-bidi: isolate; }");
    }

    @Test
    void isolationMarks_insideAName_cannotEndItsIsolationEarly() {
        var message = FlashMessage.ok("Started: " + BidiText.isolate("a\u2069" + RLO + "b") + ", c");

        assertThat(message.parts())
                .containsExactly(
                        new FlashMessage.Part("Started: ", false),
                        new FlashMessage.Part("a\uFFFD" + RLO + "b", true),
                        new FlashMessage.Part(", c", false));
    }

    @Test
    void arabicAndHebrewNames_areIsolated_latinOnesAndDigitsAreNot() {
        assertThat(BidiText.isolate("שלום")).isEqualTo("\u2068שלום\u2069");
        assertThat(BidiText.isolate("كتاب 2")).isEqualTo("\u2068كتاب 2\u2069");
        assertThat(BidiText.isolate("debian-12.iso (x86)")).isEqualTo("debian-12.iso (x86)");
    }
}
