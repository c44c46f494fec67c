package io.pyrotorrent.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.rtorrent.RtorrentClient;
import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import io.pyrotorrent.app.security.PasswordHasher;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.model.InfoHash;
import io.pyrotorrent.domain.model.Label;
import io.pyrotorrent.domain.model.ViewName;
import io.pyrotorrent.domain.model.field.Row;
import io.pyrotorrent.domain.model.field.TorrentFields;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.model.request.TorrentListQuery;
import io.pyrotorrent.it.support.AppOnRtorrent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
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
 * Adding torrents as a user does, in real Chromium against real rTorrent, logged in (so the page's
 * CSRF token is what lets the dialog post): a .torrent file dropped on the page, a magnet pasted
 * outside any field, the dialog with two files of which one is refused with its reason; and
 * axe-core over the login page, the list, the drawer and the add dialog. One rTorrent, one
 * pyroTorrent and one browser for the class.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(180)
class BrowserAddIT {

    private static final Duration IN_RTORRENT_WITHIN = Duration.ofSeconds(15);

    @TempDir
    static Path dir;

    private final TestTorrent existing = TestTorrent.unique("already-there");
    private AppOnRtorrent app;
    private RtorrentClient rtorrent;
    private Browser browser;
    private String base;

    @BeforeAll
    void start() {
        app = AppOnRtorrent.start(
                dir,
                "",
                """
                users:
                  - name: alice
                    passwordHash: "%s"
                    targets: [box]
                """.formatted(PasswordHasher.hash("correct horse".toCharArray())),
                List.of("box"),
                List.of(existing));
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
    void loggedInOnTheOverview() {
        browser.viewport(Viewport.desktop(1400, 900)).open(base);
        browser.script("localStorage.clear()");
        if (!browser.findAll("#login-form").isEmpty()) {
            assertThat(AxeCore.seriousViolations(browser))
                    .as("axe-core on the login page")
                    .isEmpty();
            browser.type("#login-name", "alice")
                    .type("#login-password", "correct horse")
                    .click("#login-form button");
        }
        browser.waitFor("[data-add-open]");
    }

    @Test
    void aTorrentFileDroppedOnThePage_opensTheDialogWithIt_andIsAddedToRtorrent() {
        TestTorrent dropped = TestTorrent.unique("dropped");

        dispatchDrag("dragenter", dropped);
        assertThat(browser.find("#drop-overlay").isDisplayed()).isTrue();
        browser.screenshot("add-drop-overlay-desktop-light");
        dispatchDrag("drop", dropped);

        browser.waitFor("#add-dialog[open]");
        assertThat(browser.find("#drop-overlay").isDisplayed()).isFalse();
        assertThat(browser.find("#add-dialog-chosen").getText()).contains(dropped.name() + ".torrent");
        browser.click("#add-dialog-submit");

        assertThat(browser.waitFor("#add-dialog-results li.added").getText())
                .isEqualTo("Added: " + dropped.name() + ".torrent");
        Row row = inRtorrent(dropped.hash());
        assertThat(row.get(TorrentFields.STATE)).as("started").isTrue();
    }

    @Test
    void aMagnetPastedOutsideAnyField_opensTheDialogFilledIn_andIsAddedWithItsLabel() {
        InfoHash hash = TestTorrent.randomHash();
        String magnet = TestTorrent.magnet(hash).uri();

        browser.script(
                "const data = new DataTransfer(); data.setData('text/plain', arguments[0]);"
                        + " document.body.dispatchEvent(new ClipboardEvent('paste',"
                        + " { clipboardData: data, bubbles: true, cancelable: true }));",
                "  " + magnet + "\n");

        browser.waitFor("#add-dialog[open]");
        assertThat(browser.find("#add-dialog-links").getDomProperty("value")).isEqualTo(magnet);
        browser.type("#add-dialog-label", "pasted");
        browser.click("#add-dialog-submit");

        assertThat(browser.waitFor("#add-dialog-results li.added").getText()).startsWith("Added: magnet:?xt=");
        assertThat(inRtorrent(hash).get(TorrentFields.LABEL)).isEqualTo(Label.of("pasted"));
    }

    @Test
    void theDialogWithTwoFiles_addsOne_andRefusesTheOtherWithItsReason() throws IOException {
        TestTorrent good = TestTorrent.unique("chosen");
        Path goodFile = Files.write(dir.resolve(good.name() + ".torrent"), good.bytes());
        Path badFile = Files.writeString(dir.resolve("holiday-photo.torrent"), "this is not bencode");

        browser.click("[data-add-open]");
        browser.waitFor("#add-dialog[open]");
        browser.find("#add-dialog-files").sendKeys(goodFile + "\n" + badFile);
        browser.waitUntil(
                "both files are listed",
                () -> browser.findAll("#add-dialog-chosen li").size() == 2,
                Browser.DEFAULT_TIMEOUT);
        browser.click("#add-dialog-form input[name=start]");
        browser.screenshot("add-dialog-desktop-light");
        browser.click("#add-dialog-submit");

        browser.waitFor("#add-dialog-results li.refused");
        List<String> results = browser.findAll("#add-dialog-results li").stream()
                .map(WebElement::getText)
                .toList();
        assertThat(results).hasSize(2);
        assertThat(results.get(0)).isEqualTo("Added: " + good.name() + ".torrent");
        assertThat(results.get(1))
                .startsWith("Refused: holiday-photo.torrent — ")
                .hasSizeGreaterThan(40);
        assertThat(inRtorrent(good.hash()).get(TorrentFields.STATE))
                .as("not started")
                .isFalse();
        browser.screenshot("add-dialog-results-desktop-light");
    }

    @Test
    void theDialog_isReachedAndWorkedByKeyboard_andClosesWithEscape() {
        browser.find("[data-add-open]").sendKeys(Keys.ENTER);
        browser.waitFor("#add-dialog[open]");
        var focused = new java.util.LinkedHashSet<String>();
        for (int i = 0; i < 12; i++) {
            focused.add((String) browser.script("return document.activeElement.id || document.activeElement.name"
                    + " || document.activeElement.textContent.trim()"));
            // Keys to the page, not to an element: sendKeys on a file input would choose a file.
            new Actions(browser.driver()).sendKeys(Keys.TAB).perform();
        }
        assertThat(focused)
                .contains(
                        "add-dialog-target",
                        "add-dialog-files",
                        "add-dialog-links",
                        "add-dialog-label",
                        "add-dialog-directory",
                        "start",
                        "add-dialog-submit",
                        "Close");
        new Actions(browser.driver()).sendKeys(Keys.ESCAPE).perform();
        browser.waitUntil(
                "the dialog is closed",
                () -> browser.findAll("#add-dialog[open]").isEmpty(),
                Browser.DEFAULT_TIMEOUT);
    }

    @Test
    void axeCore_findsNoSeriousViolation_onTheList_theDrawer_andTheAddDialog() {
        browser.waitFor("tr.torrent");
        assertThat(AxeCore.seriousViolations(browser))
                .as("axe-core on the list")
                .isEmpty();

        browser.open(base + "view/main?details=box/" + existing.hash().hex());
        browser.waitFor("#drawer [role=tab]");
        assertThat(AxeCore.seriousViolations(browser))
                .as("axe-core with the drawer open")
                .isEmpty();

        browser.open(base);
        browser.click("[data-add-open]");
        browser.waitFor("#add-dialog[open]");
        assertThat(AxeCore.seriousViolations(browser))
                .as("axe-core on the add dialog")
                .isEmpty();
    }

    @Test
    void onAPhone_cardsShowSizeProgressRatesAndEta_andNeitherListNorDialogScrollsSideways() {
        browser.viewport(Viewport.PHONE).open(base);
        browser.waitFor("tr.torrent");
        for (String cell : List.of("name", "col-size", "col-done", "col-state", "col-down", "col-up", "col-eta")) {
            assertThat(browser.find("tr.torrent td." + cell).isDisplayed())
                    .as("the card shows %s", cell)
                    .isTrue();
        }
        assertThat(sidewaysOverflow()).as("list: scrollWidth - innerWidth").isLessThanOrEqualTo(0);
        for (String theme : List.of("light", "dark")) {
            theme(theme);
            browser.screenshot("add-list-phone-" + theme);
            browser.click(".filters-toggle");
            browser.waitFor("#label-filters");
            browser.screenshot("add-sidebar-phone-" + theme);
            browser.click("[data-filters-close]");
            browser.waitForGone("#sidebar", Browser.DEFAULT_TIMEOUT);
            browser.click("[data-add-open]");
            browser.waitFor("#add-dialog[open]");
            assertThat(sidewaysOverflow())
                    .as("dialog: scrollWidth - innerWidth")
                    .isLessThanOrEqualTo(0);
            browser.screenshot("add-dialog-phone-" + theme);
            browser.click("[data-add-close]");
            dispatchDrag("dragenter", existing);
            browser.screenshot("add-drop-overlay-phone-" + theme);
            dispatchDrag("dragleave", existing);
        }
    }

    @Test
    void inTheDarkTheme_theDialogAndTheDropOverlayAreDark_andAnOpenDialogShowsTheDropItself() {
        theme("dark");
        browser.screenshot("add-sidebar-desktop-dark");
        browser.click("[data-add-open]");
        assertThat(browser.script("return getComputedStyle(document.getElementById('add-dialog')).backgroundColor"))
                .isEqualTo("rgb(22, 24, 27)");
        browser.screenshot("add-dialog-desktop-dark");
        dispatchDrag("dragenter", existing);
        assertThat(browser.find("#add-dialog").getDomAttribute("class"))
                .as("the open dialog shows the drop, an overlay would be under it")
                .contains("drop-target");
        assertThat(browser.find("#drop-overlay").isDisplayed()).isFalse();
        dispatchDrag("dragleave", existing);
        browser.click("[data-add-close]");
        dispatchDrag("dragenter", existing);
        assertThat(browser.find("#drop-overlay").isDisplayed()).isTrue();
        browser.screenshot("add-drop-overlay-desktop-dark");
        dispatchDrag("dragleave", existing);
        assertThat(browser.find("#drop-overlay").isDisplayed()).isFalse();
    }

    private void theme(String theme) {
        browser.script("localStorage.setItem('pyrotorrent.theme', arguments[0])", theme);
        browser.reload();
        browser.waitFor("[data-add-open]");
    }

    private long sidewaysOverflow() {
        return (Long) browser.script("return document.scrollingElement.scrollWidth - window.innerWidth");
    }

    /** Fires a drag event carrying the torrent as a real File, as Chromium does for a dropped file. */
    private void dispatchDrag(String type, TestTorrent torrent) {
        browser.script(
                "const bytes = Uint8Array.from(atob(arguments[1]), c => c.charCodeAt(0));"
                        + " const data = new DataTransfer();"
                        + " data.items.add(new File([bytes], arguments[2], { type: 'application/x-bittorrent' }));"
                        + " document.querySelector('main').dispatchEvent(new DragEvent(arguments[0],"
                        + " { dataTransfer: data, bubbles: true, cancelable: true }));",
                type,
                Base64.getEncoder().encodeToString(torrent.bytes()),
                torrent.name() + ".torrent");
    }

    /** The torrent's row in rTorrent's main view, once rTorrent has loaded it. */
    private Row inRtorrent(InfoHash hash) {
        return DeadlinePoll.until(
                "rTorrent has " + hash.hex(),
                () -> {
                    var request = Request.builder();
                    var rows = request.add(TorrentListQuery.of(
                            ViewName.MAIN, TorrentFields.HASH, TorrentFields.STATE, TorrentFields.LABEL));
                    Optional<Row> row = rtorrent.send(request.build()).get(rows).stream()
                            .filter(r -> r.get(TorrentFields.HASH).equals(hash))
                            .findFirst();
                    return row.orElse(null);
                },
                IN_RTORRENT_WITHIN,
                () -> "no page");
    }
}
