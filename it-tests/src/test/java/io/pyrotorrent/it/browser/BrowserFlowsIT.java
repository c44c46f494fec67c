package io.pyrotorrent.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.rtorrent.RtorrentClient;
import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.FilePriority;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.field.FileFields;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.FileListQuery;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.it.support.AppOnRtorrent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * What a user does in the web UI, in a real browser against real rTorrent: the overview lists
 * torrents added with the CLI (on a desktop and on a phone), start and stop from the bulk form, a
 * state change made elsewhere shows up through live refresh, a magnet added with the add form, a
 * torrent's file tree, and no console errors (CSP violations included). One rTorrent container,
 * one pyroTorrent and one Chromium for the class; every test adds torrents of its own (unique
 * names), so the tests do not depend on each other or their order. Only the overview test adds
 * through the CLI (a JVM start per torrent); the others put theirs straight into rTorrent over
 * its XML-RPC, in one request. Leaves screenshots (overview and torrent page, desktop and phone)
 * in it-tests/target/screenshots/.
 *
 * <p>rTorrent loads an added torrent on its next loop turn and activates a started one a moment
 * after it marks it started, so everything is polled until a deadline, never assumed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(120)
class BrowserFlowsIT {

    private static final String TARGET = "box";
    /** Until rTorrent has loaded an added torrent or changed its state (seconds; generous for slow CI). */
    private static final Duration RTORRENT_SETTLES = Duration.ofSeconds(30);
    /** live.js polls every 5 s; a change must show within a few polls. */
    private static final Duration LIVE_REFRESH = Duration.ofSeconds(20);

    private static final Duration RELOAD_EVERY = Duration.ofSeconds(1);

    @TempDir
    static Path dir;

    private AppOnRtorrent app;
    private RtorrentClient rtorrent;
    private Browser browser;
    private String base;

    @BeforeAll
    void start() {
        app = AppOnRtorrent.start(dir, "", "", List.of(TARGET), List.of());
        base = app.base();
        rtorrent = RtorrentClient.connect(app.rtorrent().scgiTcpUrl(), TransportSettings.defaults());
        browser = Browser.desktop();
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

    /**
     * One browser serves every test: each starts on a desktop with nothing stored (themes,
     * columns), and what earlier tests' pages logged is read off, so a console check sees only its
     * own pages.
     */
    @BeforeEach
    void desktopWithStorageAndConsoleCleared() {
        // The overview, not a bare stylesheet: for a page without an icon link Chromium asks for
        // /favicon.ico (a 404 here) after the page has loaded, too late to be read off below.
        browser.viewport(Viewport.DESKTOP).open(base);
        browser.script("localStorage.clear()");
        browser.consoleErrors();
    }

    // --- 1. the overview ------------------------------------------------------------------------

    @Test
    void overview_listsTheLoadedTorrents() {
        List<TestTorrent> torrents = List.of(
                TestTorrent.unique("flows-list-a"),
                TestTorrent.unique("flows-list-b"),
                TestTorrent.unique("flows-list-c"));
        torrents.forEach(t -> cliAdd(t, "--paused"));

        browser.open(base);
        browser.waitFor("main#main[data-live][data-live-kind=overview]");
        assertThat(browser.title()).contains("pyroTorrent");
        for (TestTorrent t : torrents) {
            reloadUntilRowShown(browser, t.hash());
            assertThat(browser.find(row(t.hash()) + " td.name a").getText()).isEqualTo(t.name());
            assertThat(stateOf(browser, t.hash())).isEqualTo("stopped");
        }
        // Also by its text alone, as a check that survives any redesign of the table.
        browser.waitForText(torrents.get(0).name(), Browser.DEFAULT_TIMEOUT);
        assertThat(browser.find(section()).getDomAttribute("data-target")).isEqualTo(TARGET);
        assertThat(browser.findAll(section() + " p.target-error")).isEmpty();
        assertThat(Integer.parseInt(browser.find("[data-status-count=stopped]").getText()))
                .isGreaterThanOrEqualTo(torrents.size());
        browser.fullPageScreenshot("overview-desktop");

        browser.viewport(Viewport.PHONE).reload();
        assertThat(browser.script("return [screen.width, screen.height, navigator.maxTouchPoints]"))
                .as("the phone emulation")
                .isEqualTo(List.of(390L, 844L, 5L));
        reloadUntilRowShown(browser, torrents.get(0).hash());
        browser.waitForText(torrents.get(0).name(), Browser.DEFAULT_TIMEOUT);
        assertThat(browser.title()).contains("pyroTorrent");
        assertThat(browser.find(row(torrents.get(0).hash()) + " td.state span.state")
                        .isDisplayed())
                .as("the state column on a phone")
                .isTrue();
        assertFitsTheScreen(browser);
        browser.fullPageScreenshot("overview-phone");
    }

    // --- 2. start from the UI; live refresh of a change made elsewhere ----------------------------

    @Test
    void aStoppedTorrent_isStartedFromTheOverview() {
        TestTorrent torrent = TestTorrent.unique("flows-start");
        rtorrentAdd(false, torrent);

        browser.open(base);
        reloadUntilState(browser, torrent.hash(), "stopped");

        select(browser, torrent.hash());
        browser.click(bulkButton("start"));

        assertThat(browser.waitFor("div#flash p.flash-ok").getText())
                .contains("Started")
                .contains(torrent.name());
        // rTorrent marks it started at once and activates it a moment later ("paused" until then).
        reloadUntilState(browser, torrent.hash(), "started");
    }

    @Test
    void liveRefresh_showsAStartFromElsewhere_withoutReloadingThePage() {
        TestTorrent torrent = TestTorrent.unique("flows-live");
        rtorrentAdd(false, torrent);

        browser.open(base);
        reloadUntilState(browser, torrent.hash(), "stopped");
        browser.script("window.__marker = 1");

        // Started behind pyroTorrent's back, straight over rTorrent's XML-RPC.
        var request = Request.builder();
        var started = request.add(new Command.Start(torrent.hash()));
        rtorrent.send(request.build()).get(started);

        browser.waitUntil(
                "the state cell reads 'started' without a reload",
                () -> "started".equals(stateOf(browser, torrent.hash())),
                LIVE_REFRESH);
        assertThat(browser.script("return window.__marker"))
                .as("the page was not reloaded")
                .isEqualTo(1L);
        assertThat(browser.find(row(torrent.hash())).getDomAttribute("class")).contains("state-started");
    }

    // --- 3. add a magnet ----------------------------------------------------------------------------

    @Test
    void aMagnet_addedWithTheAddForm_appearsOnTheOverview() {
        InfoHash hash = TestTorrent.randomHash();

        browser.open(base);
        browser.click(section() + " a.add-link");
        browser.waitFor("form.add#add-form");
        assertThat(browser.url()).isEqualTo(base + "target/" + TARGET + "/add_torrent");

        browser.type(
                "textarea#add-magnets[name=magnets]", TestTorrent.magnet(hash).uri());
        browser.click("input[name=start][value=paused]");
        browser.click("form#add-form button[type=submit]");

        assertThat(browser.waitFor("div#flash p.flash-ok").getText())
                .startsWith("Added")
                .contains("(paused)");
        assertThat(browser.findAll("div#flash p.flash-error")).isEmpty();
        reloadUntilRowShown(browser, hash);
        // A magnet's torrent is named after its hash until the metadata arrives (never, here).
        assertThat(browser.find(row(hash) + " td.name a").getText()).containsIgnoringCase(hash.hex());
    }

    // --- 4. the torrent page and its files --------------------------------------------------------

    @Test
    void aTorrentPage_showsItsFilesInATree() {
        var files = new LinkedHashMap<String, Long>();
        files.put("docs/readme.txt", 1_000L);
        files.put("docs/images/cover.png", 20_000L);
        files.put("video.mkv", 50_000L);
        TestTorrent torrent = TestTorrent.multi(
                "flows-files-" + TestTorrent.randomHash().hex().substring(0, 8), files);
        rtorrentAdd(false, torrent);

        browser.open(base);
        reloadUntilRowShown(browser, torrent.hash());
        browser.click(row(torrent.hash()) + " td.name a");

        WebElement page = browser.waitFor("div#torrent");
        assertThat(page.getDomAttribute("data-hash")).isEqualTo(torrent.hash().hex());
        assertThat(page.getDomAttribute("data-target")).isEqualTo(TARGET);
        browser.waitFor("section#info");
        browser.waitFor("form#torrent-actions button[name=action][value=start]");
        assertThat(browser.find("h1.torrent-name").getText()).isEqualTo(torrent.name());

        openWholeTree(browser);
        assertThat(texts(browser, "details.dir > summary .dir-name")).containsExactly(torrent.name(), "docs", "images");
        assertThat(texts(browser, "li.file .file-name"))
                .containsExactlyInAnyOrder("readme.txt", "cover.png", "video.mkv");
        assertThat(browser.findAll("li.file[data-file-index]"))
                .extracting(e -> e.getDomAttribute("id"))
                .containsExactlyInAnyOrder("file-0", "file-1", "file-2");

        // The tree folds like any <details>: closing a folder hides its files, opening shows them.
        browser.click("details.dir > summary");
        browser.waitForGone("li.file", Browser.DEFAULT_TIMEOUT);
        browser.click("details.dir > summary");
        browser.waitFor("li.file#file-2");

        // A folder's priority reaches every file under it, in rTorrent, and only those.
        var docs = "form.dir-priority:has(input[name=folder][value='docs'])";
        browser.script("arguments[0].value = 'off'", browser.find(docs + " select[name=priority]"));
        browser.click(docs + " button.set-dir-priority");
        assertThat(browser.waitFor("div#flash p.flash-ok").getText())
                .contains("Priority off set on 2 files in docs of " + torrent.name());
        var request = Request.builder();
        var rows = request.add(FileListQuery.of(torrent.hash(), FileFields.PATH, FileFields.PRIORITY));
        var priorities = new java.util.HashMap<String, FilePriority>();
        rtorrent.send(request.build())
                .get(rows)
                .forEach(r -> priorities.put(r.get(FileFields.PATH), r.get(FileFields.PRIORITY)));
        assertThat(priorities)
                .containsEntry("docs/readme.txt", FilePriority.OFF)
                .containsEntry("docs/images/cover.png", FilePriority.OFF)
                .containsEntry("video.mkv", FilePriority.NORMAL);
        openWholeTree(browser);

        browser.fullPageScreenshot("torrent-desktop");
        browser.viewport(Viewport.PHONE).reload();
        browser.waitFor("li.file#file-2");
        assertFitsTheScreen(browser);
        browser.fullPageScreenshot("torrent-phone");
    }

    // --- 5. bulk stop -------------------------------------------------------------------------------

    @Test
    void twoStartedTorrents_areStoppedTogether() {
        TestTorrent first = TestTorrent.unique("flows-stop-a");
        TestTorrent second = TestTorrent.unique("flows-stop-b");
        rtorrentAdd(true, first, second);

        browser.open(base);
        reloadUntilState(browser, first.hash(), "started");
        reloadUntilState(browser, second.hash(), "started");

        select(browser, first.hash());
        select(browser, second.hash());
        browser.click(bulkButton("stop"));

        assertThat(browser.waitFor("div#flash p.flash-ok").getText())
                .contains("Stopped")
                .contains(first.name())
                .contains(second.name());
        reloadUntilState(browser, first.hash(), "stopped");
        reloadUntilState(browser, second.hash(), "stopped");
    }

    // --- 6. no console errors -------------------------------------------------------------------

    @Test
    void thePages_logNoConsoleErrors_andViolateNoContentSecurityPolicy() {
        TestTorrent torrent = TestTorrent.unique("flows-console");
        rtorrentAdd(false, torrent);

        String recorder = recordCspViolations(browser);
        try {
            browser.open(base);
            reloadUntilRowShown(browser, torrent.hash());
            browser.click(section() + " input[data-select-all]");
            assertThat(browser.findAll(section() + " td.select input[name=hash]"))
                    .as("select-all checks every row")
                    .isNotEmpty()
                    .allMatch(WebElement::isSelected);
            // The list refreshes when its event stream says something changed: a torrent added
            // behind the page's back is such a change.
            awaitLivePoll(
                    browser,
                    section() + " [data-status-field=memory]",
                    () -> rtorrentAdd(false, TestTorrent.unique("flows-console-change")));
            assertNoErrors(browser, "the overview");

            browser.click(row(torrent.hash()) + " td.name a");
            browser.waitFor("div#torrent");
            awaitLivePoll(browser, "#info [data-field=ratio]");
            assertNoErrors(browser, "the torrent page");

            browser.open(base + "target/" + TARGET + "/add_torrent");
            browser.waitFor("form#add-form");
            assertNoErrors(browser, "the add form");

            browser.open(base);
            reloadUntilRowShown(browser, torrent.hash());
            select(browser, torrent.hash());
            browser.click(bulkButton("erase") + ".danger");
            browser.waitFor("form#erase-confirm button.danger");
            assertNoErrors(browser, "the erase confirmation");
            browser.click("form#erase-confirm a.cancel");
            browser.waitFor(row(torrent.hash()));
            assertNoErrors(browser, "the overview after cancelling");

            // The check can fail: an inline script, as an injected one would be, is refused and reported.
            browser.script("const s = document.createElement('script'); s.textContent = 'window.__ran = 1';"
                    + " document.body.appendChild(s);");
            assertThat(browser.script("return window.__ran"))
                    .as("inline script blocked")
                    .isNull();
            List<String> violations = browser.waitUntil(
                    "the violation is recorded",
                    () -> {
                        List<String> recorded = cspViolations(browser);
                        return recorded.isEmpty() ? null : recorded;
                    },
                    Browser.DEFAULT_TIMEOUT);
            assertThat(violations).anyMatch(v -> v.startsWith("script-src"));
            browser.waitUntil(
                    "the console reports the violation",
                    () -> browser.consoleErrors().stream().anyMatch(e -> e.contains("Content Security Policy")),
                    Browser.DEFAULT_TIMEOUT);
        } finally {
            stopRecordingCspViolations(browser, recorder);
        }
    }

    // --- helpers ----------------------------------------------------------------------------------

    /** {@code pyrotorrent add FILE [options]} through the real CLI; fails with its output unless it exits 0. */
    private void cliAdd(TestTorrent torrent, String... options) {
        app.add(torrent, TARGET, options);
    }

    /**
     * Puts torrents straight into rTorrent over its XML-RPC, all in one request (no CLI JVM to
     * start); fails if rTorrent refused any.
     */
    private void rtorrentAdd(boolean started, TestTorrent... torrents) {
        var request = Request.builder();
        var added = List.of(torrents).stream()
                .map(t -> request.add(Command.AddTorrent.of(t.source(), started)))
                .toList();
        var answer = rtorrent.send(request.build());
        added.forEach(answer::get);
    }

    private static String section() {
        return "section.target#target-" + TARGET + "[data-target=" + TARGET + "]";
    }

    private static String row(InfoHash hash) {
        return "tr.torrent#torrent-" + TARGET + "-" + hash.hex() + "[data-hash='" + hash.hex() + "']";
    }

    private static String bulkButton(String action) {
        return "form.bulk#bulk-" + TARGET + " button[name=action][value=" + action + "]";
    }

    private static void select(Browser browser, InfoHash hash) {
        browser.click(row(hash) + " td.select input[type=checkbox][name=hash][value='" + hash.hex() + "']");
    }

    /** The state cell's text now ("stopped", "started", ...); throws (not yet) while the row is missing. */
    private static String stateOf(Browser browser, InfoHash hash) {
        return browser.find(row(hash) + " td.state span.state[data-field=state]")
                .getText()
                .strip();
    }

    private static List<String> texts(Browser browser, String css) {
        return browser.findAll(css).stream().map(e -> e.getText().strip()).toList();
    }

    private static void reloadUntilRowShown(Browser browser, InfoHash hash) {
        reloadUntil(
                browser,
                "the row of " + hash + " is shown",
                () -> browser.find(row(hash)).isDisplayed());
    }

    private static void reloadUntilState(Browser browser, InfoHash hash, String state) {
        reloadUntil(browser, "the row of " + hash + " is " + state, () -> state.equals(stateOf(browser, hash)));
    }

    /**
     * Polls the condition, reloading the page (at most once per {@link #RELOAD_EVERY}) while it does
     * not hold: for what rTorrent does in its own time, independent of live refresh.
     */
    private static void reloadUntil(Browser browser, String what, Supplier<Boolean> condition) {
        long[] lastReload = {System.nanoTime()};
        browser.waitUntil(
                what,
                () -> {
                    try {
                        if (condition.get()) {
                            return true;
                        }
                    } catch (WebDriverException notYet) {
                        // Not on the page yet: reload below.
                    }
                    if (System.nanoTime() - lastReload[0] >= RELOAD_EVERY.toNanos()) {
                        browser.reload();
                        lastReload[0] = System.nanoTime();
                    }
                    return false;
                },
                RTORRENT_SETTLES);
    }

    /** No sideways scrolling of the page itself (wide tables scroll inside their own wrapper). */
    private static void assertFitsTheScreen(Browser browser) {
        long page = (Long) browser.script("return document.documentElement.scrollWidth");
        long screen = (Long) browser.script("return window.innerWidth");
        assertThat(page)
                .as("page width at %s (%d px wide)", browser.viewport().name(), screen)
                .isLessThanOrEqualTo(screen);
    }

    /** Opens every folder of the file tree that is closed, from the outside in. */
    private static void openWholeTree(Browser browser) {
        browser.waitUntil(
                "every folder of the file tree is open",
                () -> {
                    var closed = browser.findAll("details.dir:not([open]) > summary").stream()
                            .filter(WebElement::isDisplayed)
                            .findFirst();
                    closed.ifPresent(WebElement::click);
                    return closed.isEmpty();
                },
                Browser.DEFAULT_TIMEOUT);
    }

    /**
     * Waits until live.js has fetched and applied its data at least once: blanks a field the
     * refresh always fills and waits until it is filled again, then checks no error is shown.
     */
    private static void awaitLivePoll(Browser browser, String field) {
        awaitLivePoll(browser, field, () -> {});
    }

    /** As above, with {@code change} made after the field is blanked, for a page that refreshes on changes. */
    private static void awaitLivePoll(Browser browser, String field, Runnable change) {
        browser.script("arguments[0].textContent = ''", browser.waitFor(field));
        change.run();
        browser.waitUntil(
                "live refresh fills " + field + " again",
                () -> !browser.find(field).getText().isBlank(),
                LIVE_REFRESH);
        assertThat(browser.findAll("[data-live-error]"))
                .as("live refresh errors")
                .noneMatch(WebElement::isDisplayed);
    }

    /**
     * Records every CSP violation of every page this browser loads from now on in window.__csp;
     * returns the recorder's identifier, for {@link #stopRecordingCspViolations}.
     */
    private static String recordCspViolations(Browser browser) {
        Map<String, Object> added = ((ChromeDriver) browser.driver())
                .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                window.__csp = [];
                document.addEventListener('securitypolicyviolation',
                    e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"""));
        return (String) added.get("identifier");
    }

    /** The browser is shared: later tests' pages load without the recorder. */
    private static void stopRecordingCspViolations(Browser browser, String recorder) {
        ((ChromeDriver) browser.driver())
                .executeCdpCommand("Page.removeScriptToEvaluateOnNewDocument", Map.of("identifier", recorder));
    }

    @SuppressWarnings("unchecked")
    private static List<String> cspViolations(Browser browser) {
        Object recorded = browser.script("return window.__csp");
        assertThat(recorded).as("the CSP recorder runs on this page").isNotNull();
        return (List<String>) recorded;
    }

    /** The console stays empty: no script errors, no CSP violations, no missing resources. */
    private void assertNoErrors(Browser browser, String page) {
        assertThat(cspViolations(browser)).as("CSP violations on %s", page).isEmpty();
        assertThat(browser.consoleErrors()).as("console errors on %s", page).isEmpty();
    }
}
