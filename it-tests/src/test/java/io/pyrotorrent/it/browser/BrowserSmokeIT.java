package io.pyrotorrent.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.it.support.PyrotorrentProcess;
import io.pyrotorrent.it.support.RtorrentContainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
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
    private RtorrentContainer rtorrent;
    private PyrotorrentProcess app;
    private TestTorrent torrent;
    private String overview;

    @BeforeAll
    void start() throws Exception {
        rtorrent = RtorrentContainer.tcp();
        rtorrent.start();
        int port = PyrotorrentProcess.freePort();
        Path config = Files.writeString(dir.resolve("pyrotorrent.yaml"), """
                server:
                  host: 127.0.0.1
                  port: %d
                targets:
                  - name: box
                    url: %s
                """.formatted(port, rtorrent.scgiTcpUrl()));

        torrent = TestTorrent.unique("browser-smoke");
        Path file = Files.write(dir.resolve("smoke.torrent"), torrent.bytes());
        var added = PyrotorrentProcess.run(dir, "--config", config.toString(), "add", file.toString(), "--paused");
        assertThat(added.exitCode()).as("add: %s%s", added.stdout(), added.stderr()).isZero();

        app = PyrotorrentProcess.start(dir, Map.of(), "--config", config.toString());
        overview = "http://127.0.0.1:" + port + "/";
        app.awaitOk("http://127.0.0.1:" + port + "/health", Duration.ofSeconds(60));
    }

    @AfterAll
    void stop() {
        try {
            if (app != null) {
                app.close();
            }
        } finally {
            if (rtorrent != null) {
                rtorrent.stop();
            }
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
                    .as("the phone emulation").isEqualTo(List.of(390L, 844L, 5L));
            browser.screenshot("smoke-overview-phone");
        }
    }
}
