package io.pyrotorrent.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.rtorrent.RtorrentClient;
import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.domain.port.out.TorrentClient;
import io.pyrotorrent.it.support.AppOnRtorrent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
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
 * Selecting and acting on torrents as a user does, in real Chromium against real rTorrent: a
 * Shift-click range, "select all that match" then stop (checked in rTorrent through a separate
 * client: exactly those stopped), the context menu, the keyboard, and the phone layout. One
 * rTorrent, one pyroTorrent and one browser for the class; each test has torrents of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(180)
class BrowserActionsIT {

    @TempDir
    static Path dir;

    private AppOnRtorrent app;
    private TorrentClient rtorrent;
    private Browser browser;
    private String base;
    private final Map<String, TestTorrent> torrents = new HashMap<>();

    @BeforeAll
    void start() {
        app = AppOnRtorrent.start(dir);
        base = app.base();
        rtorrent = RtorrentClient.connect(app.rtorrent().scgiTcpUrl(), TransportSettings.defaults());
        var request = Request.builder();
        add(request, names("sel-", 5), false);
        add(request, names("drop-", 8), true);
        add(request, List.of("keep-a", "keep-b", "keep-c"), true);
        add(request, List.of("menu-a", "menu-b"), true);
        add(request, List.of("key-a", "key-b", "key-c"), false);
        add(request, List.of("phone-a"), false);
        var files = new java.util.LinkedHashMap<String, Long>();
        files.put("docs/readme.txt", 1_000L);
        files.put("cover.png", 2_000L);
        TestTorrent album = TestTorrent.multi("drawer-album", files);
        torrents.put("drawer-album", album);
        request.add(Command.AddTorrent.of(album.source(), false));
        rtorrent.send(request.build());
        DeadlinePoll.until(
                "rTorrent has loaded every torrent",
                () -> names(ViewName.MAIN).size() >= torrents.size(),
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

    private static List<String> names(String prefix, int count) {
        return IntStream.range(0, count).mapToObj(i -> prefix + i).toList();
    }

    private void add(Request.Builder request, List<String> names, boolean started) {
        names.forEach(name -> {
            TestTorrent torrent = TestTorrent.single(name);
            torrents.put(name, torrent);
            request.add(Command.AddTorrent.of(torrent.source(), started));
        });
    }

    @Test
    void shiftClick_selectsTheRange_andCtrlClickAddsOne_thenStartActsOnExactlyThose() {
        browser.open(base + "view/main?q=sel-&sort=name");
        click(row("sel-1"), false, false);
        click(row("sel-3"), true, false);
        click(row("sel-0"), false, true);

        assertThat(checked()).containsExactly("sel-0", "sel-1", "sel-2", "sel-3");
        assertThat(browser.find("[data-selected-count]").getText()).isEqualTo("4 selected");

        browser.click("form.bulk button[name=action][value=start]");
        browser.waitForText("Started: sel-0, sel-1, sel-2, sel-3", Browser.DEFAULT_TIMEOUT);
        assertThat(started("sel-")).containsExactly("sel-0", "sel-1", "sel-2", "sel-3");
    }

    @Test
    void selectAllThatMatch_thenStop_namesTheCount_andStopsExactlyThoseInRtorrent() {
        // Three rows on the page, eight that match: the action must name the filter, not the rows.
        browser.open(base + "view/main?q=drop-&sort=name&limit=3");
        assertThat(browser.findAll("tr.torrent")).hasSize(3);
        browser.click("input[data-select-matching]");
        assertThat(browser.find("[data-selected-count]").getText()).startsWith("All 8 that match are selected");

        browser.click("form.bulk button[name=action][value=stop]");
        browser.waitFor("#matching-confirm");
        assertThat(browser.find("#matching-title").getText()).isEqualTo("Stop all 8 torrents that match?");
        assertThat(started("drop-")).hasSize(8);
        browser.click("#matching-confirm button[type=submit]");

        browser.waitForText(
                "Stopped: drop-0, drop-1, drop-2, drop-3, drop-4, drop-5, drop-6, drop-7", Browser.DEFAULT_TIMEOUT);
        assertThat(started("drop-")).isEmpty();
        assertThat(started("keep-")).containsExactly("keep-a", "keep-b", "keep-c");
    }

    @Test
    void theContextMenu_onARow_stopsThatTorrent() {
        browser.open(base + "view/main?q=menu-&sort=name");
        new Actions(browser.driver()).contextClick(cell("menu-a")).perform();
        browser.waitFor("#context-menu [data-menu-action=stop]");
        assertThat(checked()).containsExactly("menu-a");
        assertThat(browser.findAll("#context-menu [role=menuitem]").stream().map(WebElement::getText))
                .contains("Start", "Stop", "Pause", "Resume", "Recheck", "Set label…", "Priority: high", "Erase…");

        browser.click("#context-menu [data-menu-action=stop]");

        browser.waitForText("Stopped: menu-a", Browser.DEFAULT_TIMEOUT);
        assertThat(started("menu-")).containsExactly("menu-b");
    }

    @Test
    void theKeyboard_movesSelectsSearchesAsksBeforeErasing_andListsItsShortcuts() {
        browser.open(base + "view/main?q=key-&sort=name");
        browser.waitFor("table.torrents[data-scrolling]");
        keys("?");
        browser.waitUntil(
                "the shortcuts are listed", () -> browser.find("#shortcuts").isDisplayed(), Browser.DEFAULT_TIMEOUT);
        assertThat(browser.find("#shortcuts").getText()).contains("Select or unselect the torrent");
        keys(Keys.ESCAPE);
        browser.waitUntil("the list closes", () -> !browser.find("#shortcuts").isDisplayed(), Browser.DEFAULT_TIMEOUT);

        keys("j", "j", " ");
        assertThat(checked()).containsExactly("key-b");
        assertThat(browser.find("tr.torrent.cursor td.name").getText()).isEqualTo("key-b");

        keys("/");
        assertThat(browser.script("return document.activeElement.id")).isEqualTo("search");
        browser.find("h1").click();

        keys(Keys.DELETE);
        browser.waitFor("#erase-confirm");
        assertThat(browser.find("h1").getText()).isEqualTo("Erase 1 torrent from box?");
        assertThat(browser.find(".erase-list").getText()).contains("key-b").doesNotContain("key-a");
        browser.click("#erase-confirm a.cancel");

        browser.waitFor("table.torrents[data-scrolling]");
        keys("k", Keys.ENTER);
        browser.waitFor("#drawer #torrent-panel[data-hash='"
                + torrents.get("key-c").hash().hex() + "']");
        assertThat(browser.url())
                .contains("details=box%2F" + torrents.get("key-c").hash().hex());
        assertThat(names(ViewName.MAIN)).contains("key-a", "key-b", "key-c");
    }

    @Test
    void theDetailsDrawer_showsEachTab_hasItsOwnUrl_andCloses() {
        String hash = torrents.get("drawer-album").hash().hex();
        browser.open(base + "view/main?q=drawer-");
        new Actions(browser.driver()).doubleClick(cell("drawer-album")).perform();
        browser.waitFor("#drawer #torrent-panel");
        assertThat(browser.url()).contains("details=box%2F" + hash);
        assertThat(browser.find("#panel-name").getText()).isEqualTo("drawer-album");
        assertThat(browser.find("#panel-general [data-field=state]").getText()).isEqualTo("stopped");
        assertThat(browser.find("#panel-files").isDisplayed()).isFalse();

        browser.click("#tab-files");
        assertThat(browser.findAll("#panel-files li.file .file-name").stream().map(WebElement::getText))
                .containsExactlyInAnyOrder("readme.txt", "cover.png");
        assertThat(browser.find("#panel-general").isDisplayed()).isFalse();
        browser.click("#tab-peers");
        assertThat(browser.find("#panel-peers").getText()).contains("No connected peers.");
        browser.click("#tab-trackers");
        assertThat(browser.find("#panel-trackers td.url").getText()).endsWith("/announce");

        browser.reload();
        browser.waitFor("#drawer #torrent-panel[data-hash='" + hash + "']");
        browser.click("#drawer [data-drawer-close]");
        browser.waitUntil(
                "the drawer is closed", () -> !browser.find("#drawer").isDisplayed(), Browser.DEFAULT_TIMEOUT);
        assertThat(browser.url()).doesNotContain("details=");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    void onAPhone_theListIsCards_filtersAreADrawer_actionsFoldAway_andStopWorksThroughTheActionsMenu() {
        browser.viewport(Viewport.PHONE).open(base + "view/main?q=phone-");
        WebElement card = row("phone-a");
        assertThat(card.getCssValue("display")).isEqualTo("grid");
        assertThat(browser.find("table.torrents thead").isDisplayed()).isFalse();
        assertThat(browser.find("#status-filters").isDisplayed()).isFalse();
        assertThat(browser.find("#label-filters").isDisplayed()).isFalse();
        assertThat(browser.find("form.bulk button[name=action][value=start]").isDisplayed())
                .isFalse();

        browser.click(".page-head .filters-toggle");
        browser.waitUntil(
                "the filters drawer is open",
                () -> browser.find("#label-filters").isDisplayed(),
                Browser.DEFAULT_TIMEOUT);
        assertThat(browser.find("#status-filters").isDisplayed()).isTrue();
        browser.click("[data-filters-close]");
        browser.waitUntil(
                "the filters drawer is closed", () -> !browser.find("#sidebar").isDisplayed(), Browser.DEFAULT_TIMEOUT);
        click(card, false, false);
        browser.click("form.bulk .actions-toggle");
        browser.click("form.bulk button[name=action][value=start]");

        browser.waitForText("Started: phone-a", Browser.DEFAULT_TIMEOUT);
        assertThat(started("phone-")).containsExactly("phone-a");
        long page = (Long) browser.script("return document.documentElement.scrollWidth");
        assertThat(page).isLessThanOrEqualTo((Long) browser.script("return window.innerWidth"));
    }

    @Test
    void onAPhone_theToolbarSelectionAndMenuFitTheScreen() {
        browser.viewport(Viewport.PHONE).open(base + "view/main?q=phone-");
        browser.waitFor("table.torrents");
        new Actions(browser.driver()).contextClick(cell("phone-a")).perform();
        browser.waitFor("#context-menu [data-menu-action=stop]");

        long right = ((Number)
                        browser.script("return document.getElementById('context-menu').getBoundingClientRect().right"))
                .longValue();
        long screen = (Long) browser.script("return window.innerWidth");
        long page = (Long) browser.script("return document.documentElement.scrollWidth");
        assertThat(right).isLessThanOrEqualTo(screen);
        assertThat(page).isLessThanOrEqualTo(screen);
        keys(Keys.ESCAPE);
    }

    /** The screenshots to look at; with {@code -Dscreenshots.docs=true} they go to docs/screenshots/ too. */
    @Test
    void screenshotsOfTheSelectionTheMenuAndTheDrawer() throws IOException {
        Screenshots.onlyWhenAskedFor();
        Path docs = Path.of(System.getProperty("basedir", "."), "..", "docs", "screenshots")
                .normalize();
        for (Viewport viewport : List.of(Viewport.desktop(1400, 900), Viewport.PHONE)) {
            for (String theme : List.of("light", "dark")) {
                browser.viewport(viewport).open(base + "view/main?sort=name");
                browser.script("localStorage.setItem('pyrotorrent.theme', arguments[0])", theme);
                browser.reload();
                browser.waitFor("table.torrents[data-scrolling]");
                click(row("keep-a"), false, false);
                click(row("keep-c"), true, false);
                new Actions(browser.driver()).contextClick(cell("keep-b")).perform();
                browser.waitFor("#context-menu [data-menu-action=stop]");
                String name = (viewport.mobile() ? "phone" : "desktop") + "-menu-" + theme;
                Path shot = browser.screenshot(name);
                if (Boolean.getBoolean("screenshots.docs")) {
                    Files.createDirectories(docs);
                    Files.copy(shot, docs.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
                }
                keys(Keys.ESCAPE);
            }
        }
        String album = torrents.get("drawer-album").hash().hex();
        for (Viewport viewport : List.of(Viewport.desktop(1400, 900), Viewport.PHONE)) {
            for (String theme : List.of("light", "dark")) {
                browser.viewport(viewport).open(base + "view/main?sort=name&details=box/" + album);
                browser.script("localStorage.setItem('pyrotorrent.theme', arguments[0])", theme);
                browser.reload();
                browser.waitFor("#drawer #torrent-panel");
                browser.click("#tab-files");
                String name = (viewport.mobile() ? "phone" : "desktop") + "-drawer-" + theme;
                Path shot = browser.screenshot(name);
                if (Boolean.getBoolean("screenshots.docs")) {
                    Files.copy(shot, docs.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        browser.script("localStorage.clear()");
        assertThat(Files.exists(Screenshots.dir().resolve("desktop-menu-dark.png")))
                .isTrue();
        assertThat(Files.exists(Screenshots.dir().resolve("phone-drawer-dark.png")))
                .isTrue();
    }

    private WebElement row(String name) {
        return browser.waitFor(
                "tr.torrent#torrent-box-" + torrents.get(name).hash().hex());
    }

    /** A cell without a link in it: a click there selects, it does not navigate. */
    private WebElement cell(String name) {
        return row(name).findElement(org.openqa.selenium.By.cssSelector("td.col-state"));
    }

    private void click(WebElement row, boolean shift, boolean ctrl) {
        var state = row.findElement(org.openqa.selenium.By.cssSelector("td.col-state"));
        var actions = new Actions(browser.driver());
        if (shift) {
            actions.keyDown(Keys.SHIFT);
        }
        if (ctrl) {
            actions.keyDown(Keys.CONTROL);
        }
        actions.click(state);
        if (shift) {
            actions.keyUp(Keys.SHIFT);
        }
        if (ctrl) {
            actions.keyUp(Keys.CONTROL);
        }
        actions.perform();
    }

    private void keys(CharSequence... keys) {
        for (CharSequence key : keys) {
            new Actions(browser.driver()).sendKeys(key).perform();
        }
    }

    private Set<String> checked() {
        return browser.findAll("tr.torrent").stream()
                .filter(r -> r.findElement(org.openqa.selenium.By.cssSelector("td.select input"))
                        .isSelected())
                .map(r -> r.findElement(org.openqa.selenium.By.cssSelector("td.name bdi"))
                        .getText()
                        .strip())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private Set<String> started(String prefix) {
        return names(ViewName.of("started")).stream()
                .filter(n -> n.startsWith(prefix))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private List<String> names(ViewName view) {
        var request = Request.builder();
        var rows = request.add(TorrentListQuery.of(view, TorrentFields.NAME));
        return rtorrent.send(request.build()).get(rows).stream()
                .map(r -> r.get(TorrentFields.NAME))
                .toList();
    }
}
