package io.pyrotorrent.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.rtorrent.RtorrentClient;
import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.field.ClientFields;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.request.ClientQuery;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.it.support.AppOnRtorrent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;

/**
 * The header bar as a user works it, in real Chromium against real rTorrent: a limit preset and a
 * custom limit land in rTorrent (read back over its own XML-RPC), the speed graph draws the
 * server's samples (the sparkline, the larger graph, a torrent's graph in the drawer), the user
 * menu opens by keyboard and by click, and on a phone the bar is small so the list starts high.
 * One rTorrent, one pyroTorrent and one browser for the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(180)
class BrowserHeaderIT {

    /** The samples come every 2 s; a few periods of slack for a loaded machine. */
    private static final Duration SAMPLES = Duration.ofSeconds(15);

    @TempDir
    static Path dir;

    private final List<TestTorrent> torrents =
            List.of(TestTorrent.single("header-a"), TestTorrent.single("header-b"), TestTorrent.single("header-c"));
    private AppOnRtorrent app;
    private RtorrentClient rtorrent;
    private Browser browser;
    private String base;

    @BeforeAll
    void start() {
        app = AppOnRtorrent.start(dir, "", "", List.of("box"), torrents);
        base = app.base();
        rtorrent = RtorrentClient.connect(app.rtorrent().scgiTcpUrl(), TransportSettings.defaults());
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
    void desktopWithStoredThemeCleared() {
        browser.viewport(Viewport.desktop(1400, 900)).open(base + "static/site.css");
        browser.script("localStorage.clear()");
    }

    @Test
    void aPreset_andACustomValue_setTheLimitInRtorrent_andLeaveTheOtherDirectionAlone() {
        setLimits(0, 2048 * 1024);
        browser.open(base);

        browser.click("#rates-menu > summary");
        browser.click("#rates-menu button[data-preset='down-5120']");
        browser.waitForText("Limits on box: download 5.00 MiB/s", Browser.DEFAULT_TIMEOUT);

        assertThat(limits().get(ClientFields.DOWN_LIMIT)).isEqualTo(5120L * 1024);
        assertThat(limits().get(ClientFields.UP_LIMIT)).isEqualTo(2048L * 1024);

        browser.click("#rates-menu > summary");
        browser.type("#rates-menu .custom-limit input[name=up]", "300" + Keys.ENTER);
        browser.waitForText("Limits on box: upload 300 KiB/s", Browser.DEFAULT_TIMEOUT);

        assertThat(limits().get(ClientFields.UP_LIMIT)).isEqualTo(300L * 1024);
        assertThat(limits().get(ClientFields.DOWN_LIMIT)).isEqualTo(5120L * 1024);
        // The page after the redirect may read the mirror's poll from before the command (at most 2 s old).
        browser.waitUntil(
                "the header marks the 5 MiB/s download preset as the current limit",
                () -> "true"
                        .equals(browser.reload()
                                .find("#rates-menu button[data-preset='down-5120']")
                                .getDomAttribute("aria-pressed")),
                SAMPLES);

        setLimits(0, 0);
    }

    @Test
    void theSpeedGraph_drawsTheServersSamples_andOpensLargerOnAClick() {
        browser.open(base);

        int points = browser.waitUntil(
                "the sparkline holds at least two samples",
                () -> {
                    String value = browser.find("#speed-spark").getDomAttribute("data-points");
                    return value != null && Integer.parseInt(value) >= 2 ? Integer.parseInt(value) : null;
                },
                SAMPLES);
        assertThat(points).isGreaterThanOrEqualTo(2);
        assertThat(canvasWidth("#speed-spark canvas")).isPositive();

        browser.click("#speed-spark");
        browser.waitFor("#speed-graph[open] #speed-graph-plot canvas");
        assertThat(canvasWidth("#speed-graph-plot canvas")).isGreaterThan(200);
        assertThat(browser.find("#speed-graph-plot").getDomAttribute("data-points"))
                .isNotNull()
                .isNotEqualTo("0");
        assertThat(browser.find("#speed-series").getText()).contains("All instances", "box");

        browser.find("#speed-graph").sendKeys(Keys.ESCAPE);
        browser.waitForGone("#speed-graph[open]", Browser.DEFAULT_TIMEOUT);
        assertThat(browser.consoleErrors()).noneMatch(e -> !e.contains("favicon.ico"));
    }

    @Test
    void aTorrentsDrawer_showsItsSpeedGraph() {
        browser.open(base + "?details=box/" + torrents.get(0).hash().hex());

        browser.waitFor("#drawer .torrent-speed canvas", SAMPLES);
        browser.waitUntil(
                "the torrent's graph holds a sample",
                () -> browser.find("#drawer .torrent-speed .graph").getDomAttribute("data-points") != null,
                SAMPLES);
        assertThat(canvasWidth("#drawer .torrent-speed canvas")).isPositive();
    }

    @Test
    void theUserMenu_opensByKeyboard_closesOnEscape_andOpensByClick() {
        browser.open(base);
        var summary = browser.find("#user-menu > summary");

        browser.script("arguments[0].focus()", summary);
        summary.sendKeys(Keys.ENTER);
        browser.waitFor("#user-menu[open]");
        assertThat(browser.find("#theme-switch").isDisplayed()).isTrue();
        assertThat(browser.find("#user-menu a[href$='audit']").isDisplayed()).isTrue();
        assertThat(browser.find("#user-menu a[href$='api/v1/docs']").isDisplayed())
                .isTrue();

        browser.driver().switchTo().activeElement().sendKeys(Keys.ESCAPE);
        browser.waitForGone("#user-menu[open]", Browser.DEFAULT_TIMEOUT);
        assertThat(browser.script("return document.activeElement === arguments[0]", summary))
                .isEqualTo(true);

        browser.click("#user-menu > summary");
        browser.waitFor("#user-menu[open]");
        browser.click("#rates-menu > summary");
        browser.waitForGone("#user-menu[open]", Browser.DEFAULT_TIMEOUT);
    }

    @Test
    void onAPhone_theHeaderIsOneSmallBar_andTheListStartsHigh() {
        browser.viewport(Viewport.PHONE).open(base);
        browser.waitFor("table.torrents tr.torrent");

        long header = ((Number)
                        browser.script("return document.querySelector('header.site').getBoundingClientRect().height"))
                .longValue();
        long firstRow = ((Number) browser.script(
                        "return document.querySelector('table.torrents tr.torrent').getBoundingClientRect().top"))
                .longValue();
        long page = (Long) browser.script("return document.documentElement.scrollWidth");

        assertThat(header).as("header height in CSS px").isLessThanOrEqualTo(52);
        assertThat(firstRow).as("top of the list's first row in CSS px").isLessThan(430);
        assertThat(page).isLessThanOrEqualTo(390);

        // A seedbox's real rates are longer than "0 B/s": the bar must still fit.
        browser.script(
                "document.querySelectorAll('header.site [data-total]').forEach(e => e.textContent = '999.9 MiB/s')");
        long busyHeader = ((Number)
                        browser.script("return document.querySelector('header.site').getBoundingClientRect().height"))
                .longValue();
        long busyPage = (Long) browser.script("return document.documentElement.scrollWidth");
        long rightEdge = ((Number) browser.script("return Math.max(...[...document.querySelectorAll('header.site > *')]"
                        + ".map(e => e.getBoundingClientRect().right))"))
                .longValue();
        browser.screenshot("header-phone-busy-rates");
        assertThat(busyHeader).as("header height with long rates").isLessThanOrEqualTo(52);
        assertThat(busyPage).as("page width with long rates").isLessThanOrEqualTo(390);
        assertThat(rightEdge)
                .as("right edge of the header's items with long rates")
                .isLessThanOrEqualTo(390);
    }

    /** Not a check: the header as it looks, for a person to judge (it-tests/target/screenshots/header-*). */
    @Test
    void screenshotsOfTheHeader() {
        Screenshots.onlyWhenAskedFor();
        for (Viewport viewport : List.of(Viewport.desktop(1400, 900), Viewport.PHONE)) {
            for (String theme : List.of("light", "dark")) {
                browser.viewport(viewport).open(base);
                browser.script("localStorage.setItem('pyrotorrent.theme', arguments[0])", theme);
                browser.reload();
                browser.waitFor("#speed-spark canvas", SAMPLES);
                String name = "header-" + (viewport.mobile() ? "phone" : "desktop") + "-" + theme;
                assertThat(browser.screenshot(name)).exists();
                browser.click("#rates-menu > summary");
                assertThat(browser.screenshot(name + "-rates")).exists();
                browser.click("#user-menu > summary");
                assertThat(browser.screenshot(name + "-menu")).exists();
            }
        }
    }

    private void setLimits(long down, long up) {
        var request = Request.builder();
        request.add(new Command.SetGlobalDownLimit(down));
        request.add(new Command.SetGlobalUpLimit(up));
        rtorrent.send(request.build());
    }

    private Row limits() {
        var request = Request.builder();
        var client = request.add(ClientQuery.of(ClientFields.DOWN_LIMIT, ClientFields.UP_LIMIT));
        return rtorrent.send(request.build()).get(client);
    }

    private long canvasWidth(String css) {
        return ((Number) browser.script("return document.querySelector(arguments[0]).width", css)).longValue();
    }
}
