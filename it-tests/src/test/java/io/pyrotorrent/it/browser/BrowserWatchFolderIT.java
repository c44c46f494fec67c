package io.pyrotorrent.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.it.support.AppOnRtorrent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A watch folder set on the automation page in a real browser: the form saves it, a dropped file
 * shows up as added on the page; screenshots in both themes at desktop and phone width, where the
 * page must not scroll sideways.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(240)
class BrowserWatchFolderIT {

    private static final Duration SHOWN_WITHIN = Duration.ofSeconds(30);

    @TempDir
    static Path dir;

    private AppOnRtorrent app;
    private Path watch;

    @BeforeAll
    void start() throws Exception {
        app = AppOnRtorrent.start(dir);
        watch = Files.createDirectory(dir.resolve("watch"));
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aFolderSetOnThePage_addsADroppedFile_andThePageSaysSo() throws Exception {
        try (Browser browser = Browser.desktop()) {
            browser.open(app.base() + "automation");
            browser.type("form.watch-form input[name=directory]", watch.toString());
            browser.type("form.watch-form input[name=label]", "dropped");
            browser.click("form.watch-form button[type=submit]");
            browser.waitForText("Watching " + watch + " for box.", SHOWN_WITHIN);
            Files.write(
                    watch.resolve("page.torrent"), TestTorrent.unique("page").bytes());

            browser.waitUntil(
                    "the page shows the file added",
                    () -> browser.reload().visibleText().contains("added 1, failed 0"),
                    SHOWN_WITHIN);

            assertThat(watch.resolve("loaded/page.torrent")).exists();
            assertThat(browser.consoleErrors()).isEmpty();
            for (Viewport viewport : List.of(Viewport.desktop(1400, 900), Viewport.PHONE)) {
                for (String theme : List.of("light", "dark")) {
                    browser.viewport(viewport).open(app.base() + "automation#watch-heading");
                    browser.script("localStorage.setItem('pyrotorrent.theme', arguments[0])", theme);
                    browser.reload();
                    browser.waitFor("#watch-heading");
                    browser.script("document.getElementById('watch-heading').scrollIntoView()");
                    browser.screenshot("automation-watch-" + (viewport.mobile() ? "phone" : "desktop") + "-" + theme);
                    Object wide = browser.script(
                            "return document.documentElement.scrollWidth > document.documentElement.clientWidth");
                    assertThat(wide)
                            .as("scrolls sideways at %s %s", viewport, theme)
                            .isEqualTo(false);
                }
            }
            browser.open(app.base() + "automation");
            browser.type("form.webhook-form input[name=url]", "http://10.0.0.1/hook");
            browser.click("form.webhook-form button[type=submit]");
            browser.waitForText("Webhook not saved: url: 10.0.0.1 is 10.0.0.1, in 10.0.0.0/8", SHOWN_WITHIN);
            browser.screenshot("automation-webhook-refused-phone-dark");
            browser.script("localStorage.clear()");
        }
    }
}
