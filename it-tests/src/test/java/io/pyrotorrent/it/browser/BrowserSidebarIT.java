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
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
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
 * The sidebar's trackers and the phone's filters drawer, in real Chromium against real rTorrent:
 * torrents announcing to two tracker domains (and one to both), a click on a domain, combined with
 * a label; counts that follow a torrent added elsewhere; the drawer opened, used and closed by
 * keyboard, by a tap outside and by a choice. Trackers live under .localhost and every torrent
 * is stopped, so nothing announces anywhere.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(180)
class BrowserSidebarIT {

    private static final String ALPHA = "http://tracker.alpha.localhost:1/announce";
    private static final String BETA = "http://t.beta.localhost:1/announce";

    @TempDir
    static Path dir;

    private AppOnRtorrent app;
    private RtorrentClient rtorrent;
    private Browser browser;
    private String base;
    /** Torrents added to beta.localhost after the start, by the live-count test. */
    private int lateBetas;

    @BeforeAll
    void start() {
        app = AppOnRtorrent.start(dir, "", "", List.of("box"), List.of());
        base = app.base();
        rtorrent = RtorrentClient.connect(app.rtorrent().scgiTcpUrl(), TransportSettings.defaults());
        load(
                List.of(
                        TestTorrent.withTrackers("alpha-1", ALPHA),
                        TestTorrent.withTrackers("alpha-2", ALPHA),
                        TestTorrent.withTrackers("alpha-3", ALPHA),
                        TestTorrent.withTrackers("beta-1", BETA),
                        TestTorrent.withTrackers("beta-2", BETA),
                        TestTorrent.withTrackers("both-1", ALPHA, BETA)),
                List.of("linux", "linux", "", "linux", "", "films"));
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

    /** Stopped torrents (nothing announces), in one round trip; then waits until rTorrent has them all. */
    private void load(List<TestTorrent> torrents, List<String> labels) {
        var request = Request.builder();
        for (int i = 0; i < torrents.size(); i++) {
            request.add(
                    new Command.AddTorrent(torrents.get(i).source(), false, Label.of(labels.get(i)), Optional.empty()));
        }
        var count = Request.builder();
        var rows = count.add(TorrentListQuery.of(ViewName.MAIN, TorrentFields.HASH));
        int before = rtorrent.send(count.build()).get(rows).size();
        rtorrent.send(request.build());
        DeadlinePoll.until(
                "rTorrent has loaded the torrents",
                () -> {
                    var again = Request.builder();
                    var all = again.add(TorrentListQuery.of(ViewName.MAIN, TorrentFields.HASH));
                    return rtorrent.send(again.build()).get(all).size() >= before + torrents.size();
                },
                Duration.ofSeconds(60),
                () -> "no page");
    }

    @Test
    void aTrackerDomain_narrowsTheList_showsItsCount_andCombinesWithALabel() {
        browser.open(base);
        assertThat(trackerCount("alpha.localhost")).isEqualTo(4);
        assertThat(trackerCount("beta.localhost")).isEqualTo(3 + lateBetas);
        WebElement trackers = browser.find("#tracker-filters");
        assertThat(trackers.getLocation().getY())
                .as("trackers below the labels")
                .isGreaterThan(browser.find("#label-filters").getLocation().getY());

        browser.click("#tracker-filters a[data-tracker='alpha.localhost']");
        browser.waitFor("#tracker-filters a.current[data-tracker='alpha.localhost']");
        assertThat(names()).containsExactlyInAnyOrder("alpha-1", "alpha-2", "alpha-3", "both-1");
        assertThat(browser.find("[data-match-total]").getText()).isEqualTo("4");

        browser.click("#label-filters a[data-label=linux]");
        browser.waitFor("#label-filters a.current[data-label=linux]");
        assertThat(browser.url()).contains("tracker=alpha.localhost", "label=linux");
        assertThat(names()).containsExactlyInAnyOrder("alpha-1", "alpha-2");
        assertThat(AxeCore.seriousViolations(browser))
                .as("axe-core on the list with the sidebar")
                .isEmpty();

        browser.click("#tracker-filters a.current[data-tracker='alpha.localhost']");
        browser.waitUntil(
                "the tracker filter is off again", () -> !browser.url().contains("tracker="), Browser.DEFAULT_TIMEOUT);
        assertThat(names()).containsExactlyInAnyOrder("alpha-1", "alpha-2", "beta-1");
        assertThat(browser.consoleErrors())
                .as("console errors (the browser's own favicon request aside)")
                .filteredOn(m -> !m.contains("/favicon.ico"))
                .isEmpty();
    }

    @Test
    void theTrackerCounts_followATorrentAddedElsewhere_withoutAReload() {
        browser.open(base);
        browser.waitFor("[data-live-state='live']");
        int before = trackerCount("beta.localhost");

        load(List.of(TestTorrent.withTrackers("beta-late", BETA)), List.of(""));
        lateBetas++;

        browser.waitUntil(
                "the beta.localhost count went up by one",
                () -> trackerCount("beta.localhost") == before + 1 ? true : null,
                Duration.ofSeconds(30));
    }

    @Test
    void onAPhone_theFiltersAreADrawer_openedByItsButton_closedByEscapeATapOutsideAndAChoice() {
        browser.viewport(Viewport.PHONE).open(base);
        browser.waitFor("tr.torrent");
        WebElement open = browser.find(".page-head .filters-toggle");
        assertThat(open.getText()).isEqualTo("Filters");
        assertThat(browser.find("#sidebar").isDisplayed()).isFalse();
        assertThat(sidewaysOverflow()).as("scrollWidth - innerWidth").isLessThanOrEqualTo(0);

        browser.click(".page-head .filters-toggle");
        waitOpen(true);
        assertThat(open.getDomAttribute("aria-expanded")).isEqualTo("true");
        assertThat(browser.script("return document.getElementById('sidebar').contains(document.activeElement)"))
                .as("the focus is in the drawer")
                .isEqualTo(true);
        assertThat(browser.script("return document.querySelector('.content').inert"))
                .as("the list behind is inert")
                .isEqualTo(true);
        assertThat(browser.find("#tracker-filters a[data-tracker='beta.localhost']")
                        .isDisplayed())
                .isTrue();
        assertThat(sidewaysOverflow()).isLessThanOrEqualTo(0);
        assertThat(AxeCore.seriousViolations(browser))
                .as("axe-core on the open drawer")
                .isEmpty();

        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        waitOpen(false);
        assertThat(browser.script("return document.activeElement === arguments[0]", open))
                .as("the focus is back on the button")
                .isEqualTo(true);

        browser.click(".page-head .filters-toggle");
        waitOpen(true);
        new Actions(browser.driver()).moveToLocation(380, 420).click().perform();
        waitOpen(false);

        browser.click(".page-head .filters-toggle");
        waitOpen(true);
        browser.click("#tracker-filters a[data-tracker='beta.localhost']");
        browser.waitUntil(
                "the tracker filter applied",
                () -> browser.url().contains("tracker=beta.localhost"),
                Browser.DEFAULT_TIMEOUT);
        browser.waitFor("tr.torrent");
        assertThat(names()).contains("beta-1", "beta-2", "both-1").noneMatch(n -> n.startsWith("alpha"));
        assertThat(browser.find("#sidebar").isDisplayed())
                .as("the drawer is closed after the choice")
                .isFalse();
        assertThat(browser.consoleErrors())
                .as("console errors (the browser's own favicon request aside)")
                .filteredOn(m -> !m.contains("/favicon.ico"))
                .isEmpty();
    }

    /** Not a check: how it looks, for a person to judge (it-tests/target/screenshots/sidebar-*). */
    @Test
    void screenshotsOfTheSidebarAndTheDrawer() {
        Screenshots.onlyWhenAskedFor();
        for (Viewport viewport : List.of(Viewport.desktop(1400, 900), Viewport.PHONE)) {
            for (String theme : List.of("light", "dark")) {
                browser.viewport(viewport).open(base + "view/main?tracker=alpha.localhost");
                browser.script("localStorage.setItem('pyrotorrent.theme', arguments[0])", theme);
                browser.reload();
                browser.waitFor("tr.torrent");
                String name = "sidebar-" + (viewport.mobile() ? "phone" : "desktop") + "-" + theme;
                assertThat(browser.screenshot(name)).exists();
                if (viewport.mobile()) {
                    browser.click(".page-head .filters-toggle");
                    waitOpen(true);
                    assertThat(browser.screenshot(name + "-drawer")).exists();
                }
            }
        }
    }

    private void waitOpen(boolean open) {
        browser.waitUntil(
                open ? "the drawer is open" : "the drawer is closed",
                () -> browser.find("#sidebar").isDisplayed() == open
                                && Boolean.valueOf(open)
                                        .equals(
                                                browser.script(
                                                        "return document.getElementById('sidebar').getBoundingClientRect().left >= -1"))
                        ? true
                        : null,
                Browser.DEFAULT_TIMEOUT);
    }

    private long sidewaysOverflow() {
        return (Long) browser.script("return document.documentElement.scrollWidth - window.innerWidth");
    }

    private int trackerCount(String domain) {
        return Integer.parseInt(
                browser.find("[data-tracker-count='" + domain + "']").getText().strip());
    }

    private List<String> names() {
        return browser.findAll("tr.torrent td.name bdi").stream()
                .map(WebElement::getText)
                .map(String::strip)
                .toList();
    }
}
