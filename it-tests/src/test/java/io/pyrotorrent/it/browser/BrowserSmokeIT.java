package io.pyrotorrent.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.it.support.AppOnRtorrent;
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
 * The whole stack seen through a real browser: real rTorrent in a container, a torrent added
 * with the CLI, the real jar serving the web UI, headless Chromium opening the overview on a
 * desktop and on a phone. Asserts only what survives UI redesigns (the torrent's name is shown,
 * the title names pyroTorrent) and leaves screenshots in it-tests/target/screenshots/.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(240)
class BrowserSmokeIT {

    private static final Duration SHOWN_WITHIN = Duration.ofSeconds(30);

    @TempDir
    static Path dir;

    private final TestTorrent torrent = TestTorrent.unique("browser-smoke");
    private AppOnRtorrent app;
    private String overview;

    @BeforeAll
    void start() {
        app = AppOnRtorrent.start(dir, "", "", List.of("box"), List.of(torrent));
        overview = app.base();
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void overview_showsTheTorrent_onADesktop() {
        try (Browser browser = Browser.desktop()) {
            browser.open(overview);
            browser.waitForText(torrent.name(), SHOWN_WITHIN);

            assertThat(browser.title()).contains("pyroTorrent");
            browser.screenshot("smoke-overview-desktop");
        }
    }

    @Test
    void overview_showsTheTorrent_onAPhone() {
        try (Browser browser = Browser.phone()) {
            browser.open(overview);
            browser.waitForText(torrent.name(), SHOWN_WITHIN);

            assertThat(browser.title()).contains("pyroTorrent");
            assertThat(browser.script("return [screen.width, screen.height, navigator.maxTouchPoints]"))
                    .as("the phone emulation")
                    .isEqualTo(List.of(390L, 844L, 5L));
            browser.screenshot("smoke-overview-phone");
        }
    }
}
