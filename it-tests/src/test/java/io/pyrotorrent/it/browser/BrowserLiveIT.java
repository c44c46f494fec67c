package io.pyrotorrent.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.adapter.rtorrent.RtorrentClient;
import io.pyrotorrent.adapter.rtorrent.transport.TransportSettings;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.domain.mirror.Cadence;
import io.pyrotorrent.domain.model.request.Command;
import io.pyrotorrent.domain.model.request.Request;
import io.pyrotorrent.domain.port.out.TorrentClient;
import io.pyrotorrent.it.support.AppOnRtorrent;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The open list follows rTorrent without a reload, in real Chromium against real rTorrent: a
 * torrent stopped, added or erased by another client (as ruTorrent or rtcontrol would) changes,
 * appears or vanishes on the page; the indicator says live; and after pyroTorrent restarts on the
 * same port the page reconnects by itself and follows again; after an idle spell the page paints
 * the rows the mirror kept, marked, and current ones replace them. One rTorrent, one pyroTorrent
 * and one browser for the class; a marker on the window proves the page was never reloaded.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Timeout(180)
class BrowserLiveIT {

    /** Membership within 10 s (the mirror's promise), plus a slice fetch and slack for a busy machine. */
    private static final Duration SHOWN = Duration.ofSeconds(15);

    /**
     * An idle torrent stopped elsewhere, or given a tracker message: every torrent's flags are read
     * in full only every {@link Cadence#STATE} (4 minutes), but a stop moves the started view's size,
     * which every 2 s poll reads (the next poll then reads every torrent's flags), and messages come
     * with the hashes every {@link Cadence#MEMBERSHIP}. Within the membership bound, with slack.
     */
    private static final Duration STATE_SHOWN = SHOWN;

    @TempDir
    static Path dir;

    private final TestTorrent kept = TestTorrent.unique("live-kept");
    private final TestTorrent running = TestTorrent.unique("live-running");
    private AppOnRtorrent app;
    private Browser browser;
    private TorrentClient behindItsBack;

    @BeforeAll
    void start() {
        app = AppOnRtorrent.start(dir);
        behindItsBack = RtorrentClient.connect(app.rtorrent().scgiTcpUrl(), TransportSettings.defaults());
        var loads = Request.builder();
        loads.add(Command.AddTorrent.of(kept.source(), false));
        loads.add(Command.AddTorrent.of(running.source(), true));
        behindItsBack.send(loads.build());
        app.process()
                .await(
                        app.base() + "api/v1/targets/box/torrents?fields=hash",
                        Duration.ofSeconds(30),
                        b -> b.contains(kept.hash().hex())
                                && b.contains(running.hash().hex()));
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
    void openOnce() {
        if (!Boolean.TRUE.equals(browser.script("return window.pyroMarker === true"))) {
            browser.viewport(Viewport.desktop(1400, 900)).open(app.base());
            browser.waitFor(row(kept));
            browser.script("window.pyroMarker = true");
        }
    }

    @Test
    @Order(1)
    void theIndicator_saysLive() {
        var indicator = browser.waitFor(".live-state[data-live-state=live]");

        assertThat(indicator.getText()).contains("Live");
        assertThat(browser.consoleErrors()).isEmpty();
    }

    @Test
    @Order(2)
    void aTorrentStoppedBehindOurBack_changesItsStateOnThePage() {
        assertThat(stateOf(running)).isNotEqualTo("stopped");

        behindItsBack.send(Request.of(new Command.Stop(running.hash())));

        browser.waitUntil("the stop shows", () -> "stopped".equals(stateOf(running)), STATE_SHOWN);
        assertNotReloaded();
    }

    @Test
    @Order(3)
    void aTorrentAddedElsewhere_appears_andOneErasedElsewhere_vanishes() {
        var added = TestTorrent.unique("live-added");
        int before = Integer.parseInt(browser.find("[data-match-total]").getText());

        behindItsBack.send(Request.of(Command.AddTorrent.of(added.source(), false)));
        browser.waitFor(row(added), SHOWN);
        browser.waitUntil(
                "\"Select all N that match\" counts the added torrent",
                () -> browser.find("[data-match-total]").getText().equals(String.valueOf(before + 1)),
                SHOWN);
        behindItsBack.send(Request.of(new Command.Erase(added.hash())));
        browser.waitForGone(row(added), SHOWN);
        browser.waitUntil(
                "\"Select all N that match\" no longer counts it",
                () -> browser.find("[data-match-total]").getText().equals(String.valueOf(before)),
                SHOWN);

        assertThat(browser.findAll(row(kept))).hasSize(1);
        assertThat(browser.findAll(".live-stale:not([hidden])")).isEmpty();
        assertNotReloaded();
    }

    @Test
    @Order(4)
    void afterPyrotorrentRestarts_thePageReconnectsByItself_andFollowsAgain() {
        browser.waitFor(".live-state[data-live-state=live]");

        app.restartApp();
        browser.waitFor(".live-state[data-live-state=live]", Duration.ofSeconds(30));
        var added = TestTorrent.unique("live-after-restart");
        behindItsBack.send(Request.of(Command.AddTorrent.of(added.source(), false)));

        browser.waitFor(row(added), SHOWN);
        assertNotReloaded();
        screenshots();
    }

    @Test
    @Order(5)
    void switchedOn_aTorrentThatGetsAnErrorBehindOurBack_raisesADesktopNotification() throws Exception {
        // Headless Chromium shows no notification: a stand-in records what the page asks for, and
        // grants the permission the way a person would on the menu's click.
        browser.script("window.pyroNotes = [];"
                + " window.Notification = class { constructor(title, options) {"
                + "   window.pyroNotes.push(title + ' | ' + (options && options.body)); }"
                + " static get permission() { return window.pyroGranted ? 'granted' : 'default'; }"
                + " static requestPermission() { window.pyroGranted = true; return Promise.resolve('granted'); } };");
        browser.click("#user-menu > summary");
        browser.click("#notify-toggle");
        browser.waitFor("#notify-toggle[aria-pressed=true]");

        var scgi = app.rtorrent().scgiTcpUrl();
        String reply = io.pyrotorrent.it.support.ScgiProbe.call(
                new java.net.InetSocketAddress(scgi.getHost(), scgi.getPort()),
                "<?xml version=\"1.0\"?><methodCall><methodName>d.message.set</methodName><params>"
                        + "<param><value><string>" + kept.hash().hex() + "</string></value></param>"
                        + "<param><value><string>Tracker: [unregistered torrent]</string></value></param>"
                        + "</params></methodCall>",
                Duration.ofSeconds(10));
        assertThat(reply).as("d.message.set").doesNotContain("fault");

        browser.waitUntil(
                "a notification names the torrent and the error",
                () -> String.valueOf(browser.script("return window.pyroNotes.join('\\n')"))
                        .contains("Error: " + kept.name() + " | Tracker: [unregistered torrent] (box)"),
                STATE_SHOWN);
        browser.script("localStorage.removeItem('pyro-notifications')");
        assertNotReloaded();
    }

    @Test
    @Order(6)
    void sevenMoreTabsOfTheList_allLoad_becauseAHiddenTabHoldsNoStream_andTheFirstCatchesUpWhenShown() {
        var driver = browser.driver();
        String first = driver.getWindowHandle();
        var added = TestTorrent.unique("live-while-hidden");
        var opened = new java.util.ArrayList<String>();
        try {
            // A browser opens at most 6 connections to one host: with a stream held by each open
            // tab, the seventh tab's page never loaded.
            for (int i = 0; i < 7; i++) {
                driver.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
                opened.add(driver.getWindowHandle());
                driver.get(app.base());
                browser.waitFor(row(kept), SHOWN);
            }
            browser.waitFor(".live-state[data-live-state=live]", SHOWN);
            behindItsBack.send(Request.of(Command.AddTorrent.of(added.source(), false)));
            browser.waitFor(row(added), SHOWN);
        } finally {
            for (String tab : opened) {
                driver.switchTo().window(tab);
                driver.close();
            }
            driver.switchTo().window(first);
        }

        browser.waitFor(".live-state[data-live-state=live]", SHOWN);
        browser.waitFor(row(added), SHOWN);
        assertNotReloaded();
    }

    /** The list with the indicator, desktop and phone, light and dark, for a person to look at. */
    @Test
    @Order(7)
    void anEmptySearch_fillsWhenAMatchingTorrentIsAddedElsewhere_withoutAReload() {
        var awaited = TestTorrent.unique("live-awaited");
        // To look at: the empty view on a phone and on a desktop, dark and light (the desktop one
        // in light then fills).
        for (Viewport viewport : List.of(Viewport.PHONE, Viewport.desktop(1400, 900))) {
            for (String theme : List.of("dark", "light")) {
                browser.viewport(viewport).open(app.base() + "?q=" + awaited.name());
                browser.script("localStorage.setItem('pyrotorrent.theme', arguments[0])", theme);
                browser.reload();
                browser.waitFor("[data-empty-note]:not([hidden])");
                browser.screenshot("empty-search-" + (viewport.mobile() ? "phone" : "desktop") + "-" + theme);
            }
        }
        browser.script("localStorage.clear()");
        browser.reload();
        browser.waitFor("[data-empty-note]:not([hidden])");
        browser.script("window.pyroMarker = true");
        assertThat(browser.findAll("label.match-all:not([hidden])"))
                .as("no \"Select all 0 that match\"")
                .isEmpty();

        behindItsBack.send(Request.of(Command.AddTorrent.of(awaited.source(), false)));

        browser.waitFor(row(awaited), SHOWN);
        browser.waitUntil(
                "\"Select all 1 that match\" appears with it",
                () -> !browser.findAll("label.match-all:not([hidden]) [data-match-total]")
                                .isEmpty()
                        && browser.find("[data-match-total]").getText().equals("1"),
                SHOWN);
        assertThat(browser.findAll("[data-empty-note]:not([hidden])")).isEmpty();
        assertThat(browser.findAll("tr.torrent")).hasSize(1);
        assertNotReloaded();
        browser.screenshot("empty-search-filled-desktop-light");
        browser.script("window.pyroMarker = false"); // the next test opens the whole list again
    }

    @Test
    @Order(100)
    @Timeout(240)
    void afterAnIdleSpell_thePagePaintsTheKeptRowsMarked_andCurrentOnesReplaceThemWithoutAReload() {
        browser.open("about:blank"); // nobody watches: after a minute the mirror stops polling
        restingMirror();
        behindItsBack.send(Request.of(new Command.Start(running.hash())));
        // What the served HTML showed, recorded before any script of the page could change it.
        ((ChromeDriver) browser.driver())
                .executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", """
                document.addEventListener('DOMContentLoaded', () => {
                  const notice = document.querySelector('[data-kept-notice]');
                  const state = document.querySelector("tr[data-hash='%s'] [data-field=state]");
                  window.pyroFirstPaint = [String(document.querySelector('section[data-kept]') !== null),
                                           notice ? notice.textContent : '', state ? state.textContent : ''];
                }, { once: true });""".formatted(
                                running.hash().hex())));

        browser.open(app.base());
        browser.script("window.pyroMarker = true");

        @SuppressWarnings("unchecked")
        var firstPaint = (List<String>) browser.waitUntil(
                "the first paint is recorded", () -> browser.script("return window.pyroFirstPaint"), SHOWN);
        assertThat(firstPaint.get(0))
                .as("rows kept through the idle spell, marked; the mirror served %s", served())
                .isEqualTo("true");
        assertThat(firstPaint.get(1)).matches("Rates and progress as of \\d+ (s|minutes?) ago; updating…");
        assertThat(firstPaint.get(2)).as("the row as kept, stopped by test 2").isEqualTo("stopped");
        browser.waitUntil(
                "current rows replace the kept ones, and the mark goes",
                () -> browser.findAll("section[data-kept], [data-kept-notice]").isEmpty()
                        && !"stopped".equals(stateOf(running)),
                SHOWN);
        assertNotReloaded();
    }

    /**
     * Waits until the mirror rests: the server notices the closed stream at its second heartbeat
     * (5 s apart) after the tab left, the mirror stops polling a minute after that, and its gauge
     * says so at the first tick nobody watched. (Three poll periods without a poll were once taken
     * for that; a poll held up on a busy machine could pass for a rest.)
     */
    private void restingMirror() {
        browser.waitUntil(
                "the mirror rests",
                () -> metrics().contains("pyrotorrent_mirror_resting{target=\"box\"} 1.0"),
                Cadence.IDLE_AFTER.plusSeconds(40));
    }

    /** How the mirror served reads so far (kept, fresh, live...), for a failure's message. */
    private String served() {
        return metrics()
                .lines()
                .filter(l ->
                        l.startsWith("pyrotorrent_mirror_served_total") || l.startsWith("pyrotorrent_mirror_resting"))
                .toList()
                .toString();
    }

    private String metrics() {
        try {
            return io.pyrotorrent.it.support.PyrotorrentProcess.get(app.base() + "metrics");
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading /metrics", e);
        }
    }

    private void screenshots() {
        for (Viewport viewport : List.of(Viewport.desktop(1400, 900), Viewport.PHONE)) {
            for (String theme : List.of("light", "dark")) {
                browser.viewport(viewport).open(app.base());
                browser.script("localStorage.setItem('pyrotorrent.theme', arguments[0])", theme);
                browser.reload();
                browser.waitFor(".live-state[data-live-state=live]");
                browser.screenshot("live-" + (viewport.mobile() ? "phone" : "desktop") + "-" + theme);
            }
        }
        browser.script("localStorage.clear()");
    }

    private static String row(TestTorrent torrent) {
        return "tr[data-hash='" + torrent.hash().hex() + "']";
    }

    private String stateOf(TestTorrent torrent) {
        return (String) browser.script(
                "const r = document.querySelector(arguments[0] + ' [data-field=state]');"
                        + " return r ? r.textContent : null",
                row(torrent));
    }

    private void assertNotReloaded() {
        assertThat(browser.script("return window.pyroMarker === true"))
                .as("the page was never reloaded")
                .isEqualTo(true);
    }
}
