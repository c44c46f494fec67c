package io.pyrotorrent.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.rtorrent.RtorrentClient;
import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.field.TrackerFields;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.domain.model.request.TorrentQuery;
import io.pyrotorrent.domain.model.request.TrackerListQuery;
import io.pyrotorrent.domain.port.out.TorrentClient;
import io.pyrotorrent.it.support.AppOnRtorrent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

/**
 * "Copy magnet link" from the context menu (a selection) and from the drawer, with the Clipboard
 * API and without it (the links in a selected text box), checked against the info-hash and the
 * trackers rTorrent itself reports; "Rename label…" from the toolbar, checked in rTorrent; throttle
 * groups defined on their page and given from the toolbar, checked in rTorrent. Real
 * Chromium, real rTorrent 0.9.8; screenshots desktop and phone, light and dark.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(240)
class BrowserLabelsAndMagnetsIT {

    @TempDir
    static Path dir;

    private AppOnRtorrent app;
    private TorrentClient rtorrent;
    private Browser browser;
    private String base;
    private final TestTorrent magnetA = TestTorrent.single("magnet-a.iso");
    private final TestTorrent magnetB = TestTorrent.single("magnet-b.iso");
    private final TestTorrent filmA = TestTorrent.single("film-a.mkv");
    private final TestTorrent filmB = TestTorrent.single("film-b.mkv");
    private final TestTorrent music = TestTorrent.single("music-a.flac");

    @BeforeAll
    void start() {
        app = AppOnRtorrent.start(dir);
        base = app.base();
        rtorrent = RtorrentClient.connect(app.rtorrent().scgiTcpUrl(), TransportSettings.defaults());
        var request = Request.builder();
        Map.of(magnetA, "", magnetB, "", filmA, "films", filmB, "films", music, "music")
                .forEach((torrent, label) -> request.add(
                        new Command.AddTorrent(torrent.source(), false, Label.of(label), Optional.empty())));
        rtorrent.send(request.build());
        DeadlinePoll.until(
                "rTorrent has loaded every torrent",
                () -> labels().size() == 5,
                Duration.ofSeconds(60),
                () -> "no page");
        browser = Browser.start(Viewport.desktop(1400, 900));
    }

    @AfterAll
    void stop() {
        if (browser != null) {
            browser.close();
        }
        if (app != null) {
            app.close();
        }
    }

    @BeforeEach
    void desktop() {
        browser.viewport(Viewport.desktop(1400, 900));
    }

    @Test
    void theContextMenu_copiesTheSelectionsMagnetLinks_toTheClipboard() {
        browser.open(base + "view/main?q=magnet-&sort=name");
        browser.waitFor("table.torrents[data-scrolling]");
        // Chromium gives a page the clipboard only with a permission; this records what would be written.
        browser.script("window.copied = null; Object.defineProperty(navigator, 'clipboard', {configurable: true,"
                + " value: {writeText: (text) => { window.copied = text; return Promise.resolve(); }}});");
        new Actions(browser.driver()).click(cell(magnetA)).perform();
        new Actions(browser.driver())
                .keyDown(Keys.CONTROL)
                .click(cell(magnetB))
                .keyUp(Keys.CONTROL)
                .perform();
        new Actions(browser.driver()).contextClick(cell(magnetB)).perform();

        browser.click("#context-menu [data-menu-action=magnet]");

        String copied = browser.waitUntil(
                "the links are written", () -> (String) browser.script("return window.copied"), Duration.ofSeconds(10));
        assertThat(copied.lines()).containsExactlyInAnyOrder(expectedMagnet(magnetA), expectedMagnet(magnetB));
        browser.waitForText("Copied 2 magnet links", Browser.DEFAULT_TIMEOUT);
        browser.find("#magnet-links button[type=submit]").click();
    }

    @Test
    void theDrawer_withoutAClipboard_showsTheLinkSelected_inATextBox() throws Exception {
        for (Viewport viewport : List.of(Viewport.desktop(1400, 900), Viewport.PHONE)) {
            for (String theme : List.of("light", "dark")) {
                browser.viewport(viewport)
                        .open(base + "view/main?sort=name&details=box/"
                                + magnetA.hash().hex());
                browser.script("localStorage.setItem('pyrotorrent.theme', arguments[0])", theme);
                browser.reload();
                browser.waitFor("#drawer #torrent-panel");
                // As on plain http from another machine: no Clipboard API at all.
                browser.script(
                        "Object.defineProperty(navigator, 'clipboard', {configurable: true, value: undefined});");

                // Centred first: scrolled to the top, the phone's sticky header would take the click.
                browser.script(
                        "arguments[0].scrollIntoView({block: 'center'})",
                        browser.waitFor("#drawer [data-copy-magnet]"));
                browser.click("#drawer [data-copy-magnet]");

                WebElement box = browser.waitFor("#magnet-links [data-magnet-text]");
                assertThat(box.getAttribute("value")).isEqualTo(expectedMagnet(magnetA));
                assertThat(browser.script(
                                "const t = arguments[0]; return t.selectionStart === 0"
                                        + " && t.selectionEnd === t.value.length && document.activeElement === t",
                                box))
                        .isEqualTo(true);
                assertThat(browser.find("#magnet-links").getText()).contains("cannot use the clipboard");
                assertThat(noSideways()).isTrue();
                browser.screenshot((viewport.mobile() ? "phone" : "desktop") + "-magnet-fallback-" + theme);
                browser.find("#magnet-links button[type=submit]").click();
            }
        }
        browser.script("localStorage.clear()");
        assertThat(Files.exists(Screenshots.dir().resolve("phone-magnet-fallback-dark.png")))
                .isTrue();
    }

    @Test
    void renameLabel_fromTheToolbar_changesEveryTorrentWithIt_inRtorrent() {
        for (Viewport viewport : List.of(Viewport.desktop(1400, 900), Viewport.PHONE)) {
            for (String theme : List.of("light", "dark")) {
                browser.viewport(viewport).open(base + "view/main?label=films");
                browser.script("localStorage.setItem('pyrotorrent.theme', arguments[0])", theme);
                browser.reload();
                browser.waitFor("table.torrents");
                if (viewport.mobile()) {
                    browser.click("form.bulk .actions-toggle");
                }
                browser.click("form.bulk .rename-label summary");
                assertThat(browser.find("input[data-rename-from]").getAttribute("value"))
                        .isEqualTo("films");
                browser.type("input[data-rename-to]", "movies");
                assertThat(noSideways()).isTrue();
                browser.screenshot((viewport.mobile() ? "phone" : "desktop") + "-rename-label-" + theme);
            }
        }
        browser.script("localStorage.clear()");

        browser.viewport(Viewport.desktop(1400, 900)).open(base + "view/main?label=films");
        browser.click("form.bulk .rename-label summary");
        browser.type("input[data-rename-to]", "movies");
        browser.find("input[data-rename-to]").sendKeys(Keys.ENTER);

        // The names in the message are bidi-isolated: look for the words around them.
        browser.waitForText("on 2 torrents", Browser.DEFAULT_TIMEOUT);
        assertThat(browser.visibleText()).contains("Renamed the label");
        assertThat(browser.url()).endsWith("label=movies"); // the list follows the label to its new name
        browser.waitFor("tr.torrent#torrent-box-" + filmA.hash().hex());
        assertThat(labels())
                .containsEntry("film-a.mkv", "movies")
                .containsEntry("film-b.mkv", "movies")
                .containsEntry("music-a.flac", "music")
                .containsEntry("magnet-a.iso", "");
    }

    @Test
    void throttleGroups_defineOne_putATorrentInIt_andSeeItInTheListAndTheDrawer() {
        browser.open(base + "target/box/throttles");
        browser.type(".throttle-define input[name=name]", "slow");
        browser.type(".throttle-define input[name=up]", "100");
        browser.type(".throttle-define input[name=down]", "50");
        browser.click(".throttle-define button[type=submit]");
        browser.waitForText("up 100 KiB/s, down 50 KiB/s", Browser.DEFAULT_TIMEOUT);
        assertThat(browser.find("tr[data-group=slow]").getText()).contains("slow");
        assertThat(browser.visibleText()).contains("rTorrent forgets groups defined here when it restarts");

        browser.open(base + "view/main?q=music-&sort=name");
        new Actions(browser.driver()).click(cell(music)).perform();
        browser.type("input[data-throttle-group]", "slow");
        browser.find("input[data-throttle-group]").sendKeys(Keys.ENTER);

        browser.waitForText("1 torrent(s)", Browser.DEFAULT_TIMEOUT);
        var request = Request.builder();
        var row = request.add(TorrentQuery.of(music.hash(), TorrentFields.THROTTLE));
        assertThat(rtorrent.send(request.build()).get(row).get(TorrentFields.THROTTLE))
                .isEqualTo("slow");
        assertThat(browser.script("return document.querySelector('#torrent-box-"
                        + music.hash().hex() + " td.col-throttle').textContent.trim()"))
                .isEqualTo("slow");
        for (Viewport viewport : List.of(Viewport.desktop(1400, 900), Viewport.PHONE)) {
            for (String theme : List.of("light", "dark")) {
                browser.viewport(viewport).open(base + "target/box/throttles");
                browser.script("localStorage.setItem('pyrotorrent.theme', arguments[0])", theme);
                browser.reload();
                browser.waitFor("tr[data-group=slow]");
                assertThat(noSideways()).isTrue();
                browser.screenshot((viewport.mobile() ? "phone" : "desktop") + "-throttles-" + theme);
                browser.open(
                        base + "view/main?sort=name&details=box/" + music.hash().hex());
                browser.waitFor("#drawer #torrent-panel");
                assertThat(browser.find("#drawer .throttle-group").getText()).isEqualTo("slow");
                assertThat(noSideways()).isTrue();
                browser.screenshot((viewport.mobile() ? "phone" : "desktop") + "-drawer-throttle-" + theme);
            }
        }
        browser.script("localStorage.clear()");
    }

    /** What the link must be, from what rTorrent itself says the torrent's trackers are. */
    private String expectedMagnet(TestTorrent torrent) {
        var request = Request.builder();
        var name = request.add(TorrentQuery.of(torrent.hash(), TorrentFields.NAME));
        var trackers = request.add(TrackerListQuery.of(torrent.hash(), TrackerFields.URL));
        var snapshot = rtorrent.send(request.build());
        List<String> urls = snapshot.get(trackers).stream()
                .map(row -> row.get(TrackerFields.URL))
                .filter(url -> url.startsWith("http"))
                .toList();
        assertThat(urls).contains(TestTorrent.TRACKER);
        return "magnet:?xt=urn:btih:" + torrent.hash().hex().toLowerCase() + "&dn="
                + encode(snapshot.get(name).get(TorrentFields.NAME))
                + urls.stream().map(url -> "&tr=" + encode(url)).collect(Collectors.joining());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private Map<String, String> labels() {
        var request = Request.builder();
        var rows = request.add(TorrentListQuery.of(ViewName.MAIN, List.of(TorrentFields.NAME, TorrentFields.LABEL)));
        return rtorrent.send(request.build()).get(rows).stream()
                .collect(Collectors.toMap(
                        row -> row.get(TorrentFields.NAME),
                        row -> row.get(TorrentFields.LABEL).value()));
    }

    private boolean noSideways() {
        long page = (Long) browser.script("return document.documentElement.scrollWidth");
        return page <= (Long) browser.script("return window.innerWidth");
    }

    private WebElement cell(TestTorrent torrent) {
        return browser.waitFor("tr.torrent#torrent-box-" + torrent.hash().hex() + " td.col-state");
    }
}
