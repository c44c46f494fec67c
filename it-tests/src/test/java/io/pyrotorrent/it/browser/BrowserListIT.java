package io.pyrotorrent.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.rtorrent.RtorrentClient;
import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.it.support.AppOnRtorrent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebElement;

/**
 * The list as a user works it, in real Chromium against real rTorrent with 403 torrents: sidebar
 * status and label filters, search (plain and regex), sorting by a column, the column chooser kept
 * after a reload, scrolling through every row with a bounded DOM, the dark theme, the phone layout.
 * One rTorrent, one pyroTorrent and one browser for the class; each test starts from a cleared
 * localStorage. With {@code -Dscreenshots.docs=true} it also refreshes docs/screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(180)
class BrowserListIT {

    private static final int STOPPED = 400;
    /** The DOM holds a window of rows near the viewport, never the whole list. */
    private static final int MOST_ROWS_IN_DOM = 300;

    @TempDir
    static Path dir;

    private AppOnRtorrent app;
    private Browser browser;
    private String base;
    private final List<TestTorrent> running = new ArrayList<>();

    @BeforeAll
    void start() {
        app = AppOnRtorrent.start(dir, "", "", List.of("box"), List.of());
        base = app.base();
        load();
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
    void freshBrowserState() {
        browser.viewport(Viewport.desktop(1400, 900)).open(base + "static/site.css");
        browser.script("localStorage.clear()");
    }

    /** 400 stopped torrents and 3 started ones labelled "films", in one round trip, then waits for all. */
    private void load() {
        var client = RtorrentClient.connect(app.rtorrent().scgiTcpUrl(), TransportSettings.defaults());
        var request = Request.builder();
        for (int i = 0; i < STOPPED; i++) {
            request.add(Command.AddTorrent.of(
                    TestTorrent.single(String.format("bulk-%03d", i)).source(), false));
        }
        for (String name : List.of("run-a", "run-b", "run-c")) {
            TestTorrent torrent = TestTorrent.single(name);
            running.add(torrent);
            request.add(new Command.AddTorrent(torrent.source(), true, Label.of("films"), Optional.empty()));
        }
        client.send(request.build());
        // rTorrent queues loads for its next loop turn: poll until every torrent is in its main view.
        DeadlinePoll.until(
                "rTorrent has loaded every torrent",
                () -> {
                    var count = Request.builder();
                    var rows = count.add(TorrentListQuery.of(ViewName.MAIN, TorrentFields.HASH));
                    return client.send(count.build()).get(rows).size() >= STOPPED + 3;
                },
                Duration.ofSeconds(60),
                () -> "no page");
    }

    @Test
    void theSidebarsStatusAndLabelFilters_narrowTheList_andShowTheirCounts() {
        browser.open(base);
        assertThat(count("stopped")).isEqualTo(STOPPED);
        assertThat(count("all")).isEqualTo(STOPPED + 3);

        browser.click("#status-filters a[data-status=downloading]");
        browser.waitFor("#status-filters a.current[data-status=downloading]");
        assertThat(names()).containsExactlyInAnyOrder("run-a", "run-b", "run-c");

        browser.click("#status-filters a[data-status=all]");
        browser.waitFor("#status-filters a.current[data-status=all]");
        browser.click("#label-filters a[data-label=films]");
        browser.waitFor("#label-filters a.current[data-label=films]");
        assertThat(names()).containsExactlyInAnyOrder("run-a", "run-b", "run-c");
    }

    @Test
    void theSearch_findsBySubstring_orByRegularExpression() {
        browser.open(base);
        browser.type("#search", "bulk-39");
        browser.click("#filters button[type=submit]");
        browser.waitUntil("the search applied", () -> browser.url().contains("q=bulk-39"), Browser.DEFAULT_TIMEOUT);
        assertThat(names()).hasSize(10).allMatch(n -> n.startsWith("bulk-39"));

        browser.find("#search").clear();
        browser.type("#search", "^run-[ab]$");
        browser.click("#filters input[name=regex]");
        browser.click("#filters button[type=submit]");
        browser.waitUntil("the regex applied", () -> browser.url().contains("regex=1"), Browser.DEFAULT_TIMEOUT);
        assertThat(names()).containsExactlyInAnyOrder("run-a", "run-b");
    }

    @Test
    void aColumnHeading_sortsTheWholeList_andASecondClickReversesIt() {
        browser.open(base + "view/main?status=downloading");
        browser.click("th[data-column=name] a");
        browser.waitFor("th[data-column=name][aria-sort=ascending]");
        assertThat(names()).containsExactly("run-a", "run-b", "run-c");

        browser.click("th[data-column=name] a");
        browser.waitFor("th[data-column=name][aria-sort=descending]");
        assertThat(names()).containsExactly("run-c", "run-b", "run-a");
    }

    @Test
    void chosenColumns_areKeptAfterAReload() {
        browser.open(base);
        assertThat(browser.find("th[data-column=hash]").isDisplayed()).isFalse();
        assertThat(browser.find("th[data-column=ratio]").isDisplayed()).isTrue();

        browser.click("[data-column-chooser] summary");
        browser.click("[data-column-chooser] input[data-column=hash]");
        browser.click("[data-column-chooser] input[data-column=ratio]");
        browser.waitUntil(
                "the hash column is shown",
                () -> browser.find("th[data-column=hash]").isDisplayed(),
                Browser.DEFAULT_TIMEOUT);

        browser.reload();
        browser.waitFor("table.torrents[data-scrolling]");
        assertThat(browser.find("th[data-column=hash]").isDisplayed()).isTrue();
        assertThat(browser.find("th[data-column=ratio]").isDisplayed()).isFalse();
        assertThat(browser.find("tr.torrent td.col-hash").isDisplayed()).isTrue();
    }

    @Test
    void scrollingToTheEnd_showsTheLastTorrent_whileTheDomHoldsOnlyRowsNearTheViewport() {
        browser.open(base + "view/main?sort=name");
        browser.waitFor("table.torrents[data-scrolling]");
        assertThat(rowsInDom()).isLessThanOrEqualTo(MOST_ROWS_IN_DOM);

        for (int step = 1; step <= 10; step++) {
            browser.script(
                    "const box = document.querySelector('[data-scroll-box]');"
                            + " box.scrollTop = box.scrollHeight * arguments[0] / 10;",
                    step);
            int expectedEnd = step == 10 ? STOPPED + 3 : 0;
            browser.waitUntil(
                    "the window follows the scroll (step " + step + ")",
                    () -> {
                        String window = browser.find("table.torrents").getDomAttribute("data-window");
                        int end = Integer.parseInt(window.substring(window.indexOf('-') + 1));
                        return end >= expectedEnd && rowsInDom() <= MOST_ROWS_IN_DOM;
                    },
                    Browser.DEFAULT_TIMEOUT);
        }
        WebElement last = browser.waitFor(
                "tr.torrent#torrent-box-" + running.get(2).hash().hex());
        assertThat(last.getText()).contains("run-c");
        assertThat(rowsInDom()).isLessThanOrEqualTo(MOST_ROWS_IN_DOM);
        assertThat(browser.findAll("tr.torrent td.name bdi").stream().map(WebElement::getText))
                .doesNotContain("bulk-000");
    }

    @Test
    void theDarkTheme_isChosenInTheHeader_andKeptWithoutAFlashAfterAReload() {
        browser.open(base);
        browser.script("const s = document.getElementById('theme-switch'); s.value = 'dark';"
                + " s.dispatchEvent(new Event('change'));");
        assertThat(background()).isEqualTo("rgb(22, 24, 27)");

        browser.reload();
        browser.waitFor("table.torrents");
        assertThat(browser.script("return document.documentElement.getAttribute('data-theme')"))
                .isEqualTo("dark");
        assertThat(background()).isEqualTo("rgb(22, 24, 27)");
        assertThat(browser.find("#theme-switch").getDomProperty("value")).isEqualTo("dark");
    }

    @Test
    void onAPhone_theSidebarAndListFitTheScreen_withoutSidewaysScrolling() {
        browser.viewport(Viewport.PHONE).open(base);
        browser.waitFor("table.torrents[data-scrolling]");

        assertThat(browser.find("#status-filters").isDisplayed())
                .as("on a phone the filters wait behind the Filters button")
                .isFalse();
        long screen = (Long) browser.script("return window.innerWidth");
        assertThat((Long) browser.script("return document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(screen);

        browser.click(".page-head .filters-toggle");
        browser.waitUntil(
                "the filters drawer is open",
                () -> browser.find("#status-filters").isDisplayed(),
                Browser.DEFAULT_TIMEOUT);
        assertThat((Long) browser.script("return document.documentElement.scrollWidth"))
                .isLessThanOrEqualTo(screen);
    }

    /** {@code -Dscreenshots.docs=true}: desktop and phone, light and dark, into docs/screenshots/. */
    @Test
    void screenshotsForTheDocs() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Boolean.getBoolean("screenshots.docs"), "-Dscreenshots.docs=true");
        Path docs = Path.of(System.getProperty("basedir", "."), "..", "docs", "screenshots")
                .normalize();
        Files.createDirectories(docs);
        for (Viewport viewport : List.of(Viewport.desktop(1400, 900), Viewport.PHONE)) {
            for (String theme : List.of("light", "dark")) {
                browser.viewport(viewport).open(base);
                browser.script("localStorage.setItem('pyrotorrent.theme', arguments[0])", theme);
                browser.reload();
                browser.waitFor("table.torrents[data-scrolling]");
                String name = (viewport.mobile() ? "phone" : "desktop") + "-" + theme;
                Files.copy(browser.screenshot(name), docs.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private String background() {
        return (String) browser.script("return getComputedStyle(document.body).backgroundColor");
    }

    private int count(String status) {
        return Integer.parseInt(
                browser.find("[data-status-count='" + status + "']").getText().strip());
    }

    private List<String> names() {
        return browser.findAll("tr.torrent td.name bdi").stream()
                .map(WebElement::getText)
                .map(String::strip)
                .toList();
    }

    private long rowsInDom() {
        return (Long) browser.script("return document.querySelectorAll('tr.torrent').length");
    }
}
