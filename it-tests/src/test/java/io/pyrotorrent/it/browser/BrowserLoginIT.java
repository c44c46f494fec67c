package io.pyrotorrent.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.pyrotorrent.app.security.PasswordHasher;
import io.pyrotorrent.domain.fake.TestTorrent;
import io.pyrotorrent.it.support.PyrotorrentProcess;
import io.pyrotorrent.it.support.RtorrentContainer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Logging in and out in headless Chromium against the real jar with a configured user: the form,
 * the way back to the page asked for, the user's name in the header, and logout ending it all.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(240)
class BrowserLoginIT {

    private static final Duration SHOWN_WITHIN = Duration.ofSeconds(30);

    @TempDir
    static Path dir;
    private RtorrentContainer rtorrent;
    private PyrotorrentProcess app;
    private TestTorrent torrent;
    private String base;

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
                users:
                  - name: alice
                    passwordHash: "%s"
                    targets: [box]
                """.formatted(port, rtorrent.scgiTcpUrl(), PasswordHasher.hash("correct horse".toCharArray())));
        torrent = TestTorrent.unique("browser-login");
        Path file = Files.write(dir.resolve("login.torrent"), torrent.bytes());
        assertThat(PyrotorrentProcess.run(dir, "--config", config.toString(), "add", file.toString(), "--paused")
                .exitCode()).isZero();
        app = PyrotorrentProcess.start(dir, Map.of(), "--config", config.toString());
        base = "http://127.0.0.1:" + port + "/";
        app.awaitOk(base + "health", Duration.ofSeconds(60));
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
    void aVisitor_logsIn_landsOnThePageAskedFor_andLogsOut() {
        try (Browser browser = Browser.desktop()) {
            browser.open(base + "view/main");
            browser.waitFor("#login-form");
            assertThat(browser.url()).contains("/login?next=view%2Fmain");

            browser.type("#login-name", "alice").type("#login-password", "wrong").click("#login-form button");
            assertThat(browser.waitFor("#login-error").getText()).contains("Wrong user name or password.");

            browser.type("#login-password", "correct horse").click("#login-form button");
            browser.waitForText(torrent.name(), SHOWN_WITHIN);
            assertThat(browser.url()).endsWith("/view/main");
            assertThat(browser.find("header .user").getText()).isEqualTo("alice");
            browser.screenshot("login-overview");

            browser.click("form.logout button");
            browser.waitForText("You are logged out.", SHOWN_WITHIN);
            browser.open(base);
            assertThat(browser.waitFor("#login-form").isDisplayed()).isTrue();
        }
    }
}
